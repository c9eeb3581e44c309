using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>Orders and compares values of one field with Hop's comparison rules.</summary>
internal sealed class ValueComparer(ValueMeta meta) : IComparer<object>, IEqualityComparer<object>
{
    public int Compare(object? x, object? y) => ValueCompare.Compare(meta, x, meta, y);

    public new bool Equals(object? x, object? y) => Compare(x, y) == 0;

    public int GetHashCode(object value) => value switch
    {
        string s => meta.CaseInsensitive ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : s.GetHashCode(StringComparison.Ordinal),
        byte[] bytes => bytes.Length,
        _ => value.GetHashCode(),
    };
}
