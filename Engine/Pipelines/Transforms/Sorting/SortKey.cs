using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;

/// <summary>One sort field: its position, direction and whether letter case matters.</summary>
internal sealed record SortKey(int Index, ValueMeta Meta, bool Ascending)
{
    /// <summary>
    /// Compares two rows on this field as Hop's ValueMeta.compare does for a sort: nulls come first when
    /// ascending and last when descending.
    /// </summary>
    public int Compare(object?[] left, object?[] right)
    {
        var leftNull = ValueConverter.IsNull(Meta, left[Index]);
        var rightNull = ValueConverter.IsNull(Meta, right[Index]);
        if (leftNull || rightNull)
        {
            var nullOrder = leftNull == rightNull ? 0 : leftNull ? -1 : 1;
            return Ascending ? nullOrder : -nullOrder;
        }

        // Both values share this key's metadata, so values of one runtime type compare directly.
        var leftValue = left[Index]!;
        var rightValue = right[Index]!;
        var result = leftValue.GetType() == rightValue.GetType()
            ? ValueCompare.CompareSameType(Meta, leftValue, rightValue)
            : ValueCompare.Compare(Meta, leftValue, Meta, rightValue);
        return Ascending ? result : -result;
    }
}

/// <summary>Compares rows on a list of sort keys, the first key deciding first.</summary>
internal sealed class RowComparer(IReadOnlyList<SortKey> keys) : IComparer<object?[]>
{
    private readonly SortKey[] keys = [.. keys];

    public int Compare(object?[]? x, object?[]? y)
    {
        // A for loop over an array: this runs n log n times per sort, and foreach over the interface allocates.
        for (var i = 0; i < keys.Length; i++)
        {
            var result = keys[i].Compare(x!, y!);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
