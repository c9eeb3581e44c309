using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// Rows travel between transforms in batches to keep the cost per row low. A batch with no rows only
/// announces the row layout, so that a transform that receives nothing still knows its input fields.
/// </summary>
public sealed class RowBatch(RowMeta meta, object?[][] rows, int count)
{
    public RowMeta Meta { get; } = meta;

    public object?[][] Rows { get; } = rows;

    public int Count { get; } = count;
}
