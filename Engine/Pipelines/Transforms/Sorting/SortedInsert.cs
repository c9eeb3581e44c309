namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;

/// <summary>Keeps a list sorted the way Hop's merging transforms do, with Java's binary search.</summary>
internal static class SortedInsert
{
    /// <summary>
    /// Inserts an item at the position Java's Collections.binarySearch returns: the index of some equal
    /// item (not always the first of several), or else the insertion point.
    /// </summary>
    public static void Insert<T>(List<T> list, T item, IComparer<T> comparer)
    {
        var low = 0;
        var high = list.Count - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var order = comparer.Compare(list[middle], item);
            if (order < 0)
            {
                low = middle + 1;
            }
            else if (order > 0)
            {
                high = middle - 1;
            }
            else
            {
                list.Insert(middle, item);
                return;
            }
        }

        list.Insert(low, item);
    }
}
