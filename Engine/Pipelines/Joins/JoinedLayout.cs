using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Joins;

/// <summary>Concatenates row layouts for join transforms.</summary>
public static class JoinedLayout
{
    /// <summary>
    /// Concatenates the layouts in order; a field whose name is already taken (ignoring case) is renamed
    /// name_1, name_2, … as Hop's row layout does when fields are added.
    /// </summary>
    public static RowMeta Combine(IEnumerable<RowMeta> metas)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<ValueMeta>();
        foreach (var field in metas.SelectMany(m => m.Fields))
        {
            var name = field.Name;
            for (var n = 1; !names.Add(name); n++)
            {
                name = field.Name + "_" + n;
            }

            fields.Add(name == field.Name ? field : field.Rename(name));
        }

        return new RowMeta(fields);
    }
}
