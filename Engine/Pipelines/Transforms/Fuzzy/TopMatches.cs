using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>One lookup row that passed the limits, with its ranking score and the measure value written out.</summary>
public sealed record ScoredMatch(object?[] Lookup, double Score, object? Measure);

/// <summary>
/// The best k matches, kept in a binary heap with the worst match at the root, as Hop keeps them in a
/// java.util.PriorityQueue. The heap is rebuilt with the same sift steps so that matches with equal scores
/// come out in the same order as in Hop, which copies the heap array and then sorts it stably.
/// </summary>
public sealed class TopMatches(int capacity, bool lowerIsBetter)
{
    private readonly List<ScoredMatch> heap = [];

    public int Count => heap.Count;

    /// <summary>Adds a match when there is room, or replaces the worst match when this one is strictly better.</summary>
    public void Offer(ScoredMatch candidate)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (heap.Count < capacity)
        {
            heap.Add(candidate);
            SiftUp(heap.Count - 1, candidate);
            return;
        }

        var worst = heap[0];
        var better = lowerIsBetter ? candidate.Score < worst.Score : candidate.Score > worst.Score;
        if (better)
        {
            Poll();
            heap.Add(candidate);
            SiftUp(heap.Count - 1, candidate);
        }
    }

    /// <summary>Returns the matches best first; equal scores keep their heap array order.</summary>
    public List<ScoredMatch> Ranked()
    {
        var ranked = heap.ToList();
        return lowerIsBetter
            ? [.. ranked.OrderBy(m => m.Score, JavaDoubleComparer.Instance)]
            : [.. ranked.OrderByDescending(m => m.Score, JavaDoubleComparer.Instance)];
    }

    /// <summary>Orders worst first: a positive result means <paramref name="left"/> is better than <paramref name="right"/>.</summary>
    private int Compare(ScoredMatch left, ScoredMatch right) =>
        lowerIsBetter ? ValueCompare.JavaDoubleCompare(right.Score, left.Score) : ValueCompare.JavaDoubleCompare(left.Score, right.Score);

    private void Poll()
    {
        var lastIndex = heap.Count - 1;
        var last = heap[lastIndex];
        heap.RemoveAt(lastIndex);
        if (lastIndex > 0)
        {
            SiftDown(0, last);
        }
    }

    private void SiftUp(int index, ScoredMatch item)
    {
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (Compare(item, heap[parent]) >= 0)
            {
                break;
            }

            heap[index] = heap[parent];
            index = parent;
        }

        heap[index] = item;
    }

    private void SiftDown(int index, ScoredMatch item)
    {
        var half = heap.Count >> 1;
        while (index < half)
        {
            var child = 2 * index + 1;
            var right = child + 1;
            if (right < heap.Count && Compare(heap[child], heap[right]) > 0)
            {
                child = right;
            }

            if (Compare(item, heap[child]) <= 0)
            {
                break;
            }

            heap[index] = heap[child];
            index = child;
        }

        heap[index] = item;
    }

    private sealed class JavaDoubleComparer : IComparer<double>
    {
        public static readonly JavaDoubleComparer Instance = new();

        public int Compare(double x, double y) => ValueCompare.JavaDoubleCompare(x, y);
    }
}
