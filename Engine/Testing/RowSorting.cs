using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>Stable sort of rows on several fields with Hop's value comparison (nulls first).</summary>
internal static class RowSorting
{
    public static List<object?[]> Sort(List<object?[]> rows, RowMeta meta, int[] indexes) =>
        rows.OrderBy(r => r, Comparer<object?[]>.Create((a, b) => Compare(meta, indexes, a, b))).ToList();

    private static int Compare(RowMeta meta, int[] indexes, object?[] left, object?[] right)
    {
        foreach (var index in indexes)
        {
            var result = ValueCompare.Compare(meta[index], left[index], meta[index], right[index]);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
