namespace Orleans.AsyncHop.Engine.Values;

/// <summary>The ordered fields of a row stream. Rows themselves are <c>object?[]</c> in the same order.</summary>
public sealed class RowMeta
{
    private readonly List<ValueMeta> fields;
    private readonly Dictionary<string, int> indexes = new(StringComparer.OrdinalIgnoreCase);

    public RowMeta(IEnumerable<ValueMeta>? fields = null)
    {
        this.fields = fields?.ToList() ?? [];
        for (var i = 0; i < this.fields.Count; i++)
        {
            indexes.TryAdd(this.fields[i].Name, i);
        }
    }

    public static RowMeta Empty { get; } = new();

    public int Count => fields.Count;

    public IReadOnlyList<ValueMeta> Fields => fields;

    public ValueMeta this[int index] => fields[index];

    /// <summary>Returns the index of the first field with that name (case-insensitive, as Hop), or -1.</summary>
    public int IndexOf(string name) => indexes.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Returns the field index or raises an error that names the missing field.</summary>
    public int RequireIndex(string name, string transformName)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            throw new HopException($"Transform '{transformName}': field '{name}' is not in the input row ({string.Join(", ", fields.Select(f => f.Name))}).");
        }

        return index;
    }

    /// <summary>
    /// Returns a layout with the fields appended. As Hop's <c>RowMeta.addValueMeta</c> does, a field whose name
    /// is already in the layout (case-insensitive) is renamed to the first free "name_1", "name_2", ... .
    /// The constructor keeps duplicate names, as Hop's <c>setValueMetaList</c> does.
    /// </summary>
    public RowMeta Add(params ValueMeta[] added)
    {
        var names = new HashSet<string>(fields.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        var result = new List<ValueMeta>(fields.Count + added.Length);
        result.AddRange(fields);
        foreach (var field in added)
        {
            var unique = names.Contains(field.Name) ? field.Rename(FreeName(field.Name, names)) : field;
            names.Add(unique.Name);
            result.Add(unique);
        }

        return new RowMeta(result);
    }

    /// <summary>Returns a layout with the other layout's fields appended, renaming duplicates as <see cref="Add"/>.</summary>
    public RowMeta AddAll(RowMeta other) => Add([.. other.fields]);

    private static string FreeName(string name, HashSet<string> taken)
    {
        var suffix = 1;
        while (taken.Contains($"{name}_{suffix}"))
        {
            suffix++;
        }

        return $"{name}_{suffix}";
    }

    public static object?[] Resize(object?[] row, int size)
    {
        if (row.Length == size)
        {
            return row;
        }

        var copy = new object?[size];
        Array.Copy(row, copy, Math.Min(row.Length, size));
        return copy;
    }

    public override string ToString() => string.Join(", ", fields.Select(f => $"{f.Name} {HopValueTypes.Name(f.Type)}"));
}
