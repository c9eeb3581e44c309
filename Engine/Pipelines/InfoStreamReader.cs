using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Reads one info stream row by row; used by transforms that merge two sorted inputs.</summary>
public sealed class InfoStreamReader
{
    private readonly TransformBase.InputCursor cursor;
    private readonly Action onRow;

    internal InfoStreamReader(TransformBase.InputCursor cursor, Action onRow)
    {
        this.cursor = cursor;
        this.onRow = onRow;
    }

    /// <summary>Layout of the stream's rows; known after the first row or the end of the stream.</summary>
    public RowMeta? Meta { get; private set; }

    public async ValueTask<object?[]?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (cursor.TryNext(out var row, out var meta))
            {
                Meta = meta;
                onRow();
                return row;
            }

            Meta ??= cursor.LastMeta;
            if (cursor.IsFinished)
            {
                return null;
            }

            await cursor.RowSet.WaitToReadAsync(cancellationToken);
        }
    }
}
