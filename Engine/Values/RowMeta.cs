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

    public RowMeta Add(params ValueMeta[] added) => new(fields.Concat(added));

    public RowMeta AddAll(RowMeta other) => new(fields.Concat(other.fields));

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
