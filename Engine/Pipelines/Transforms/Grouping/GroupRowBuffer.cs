using Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>
/// The rows of the current group when Group by passes all rows on. Like Hop, it keeps 5000 rows in memory
/// and writes the rest to a temporary file, so one large group does not have to fit in memory.
/// </summary>
internal sealed class GroupRowBuffer(string directory, string prefix) : IDisposable
{
    private const int MemoryLimit = 5000;

    private readonly List<object?[]> memory = [];
    private RowSpillFile? file;

    public int Count { get; private set; }

    public void Add(object?[] row)
    {
        Count++;
        if (memory.Count < MemoryLimit && file is null)
        {
            memory.Add(row);
            return;
        }

        if (file is null)
        {
            file = new RowSpillFile(directory, prefix);
            foreach (var kept in memory)
            {
                file.Write(kept);
            }

            memory.Clear();
        }

        file.Write(row);
    }

    /// <summary>Returns the rows in arrival order and empties the buffer.</summary>
    public IEnumerable<object?[]> Drain()
    {
        if (file is not null)
        {
            file.Rewind();
            while (file.Read() is { } row)
            {
                yield return row;
            }

            file.Dispose();
            file = null;
        }

        foreach (var row in memory)
        {
            yield return row;
        }

        memory.Clear();
        Count = 0;
    }

    public void Dispose()
    {
        file?.Dispose();
        file = null;
    }
}
