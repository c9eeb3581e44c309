using System.Threading.Channels;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// A bounded buffer of rows between one transform copy and another (Hop's row set). The writer blocks
/// when it is full, which keeps a fast producer from filling memory.
/// </summary>
public sealed class RowSet
{
    private readonly Channel<RowBatch> channel;
    private long bufferedRows;

    public RowSet(string source, int sourceCopy, string target, int targetCopy, int capacityInBatches)
    {
        Source = source;
        SourceCopy = sourceCopy;
        Target = target;
        TargetCopy = targetCopy;
        channel = Channel.CreateBounded<RowBatch>(new BoundedChannelOptions(Math.Max(1, capacityInBatches))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string Source { get; }

    public int SourceCopy { get; }

    public string Target { get; }

    public int TargetCopy { get; }

    /// <summary>Rows written but not yet taken by the reader.</summary>
    public long BufferedRows => Interlocked.Read(ref bufferedRows);

    internal ValueTask WriteAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref bufferedRows, batch.Count);
        return channel.Writer.WriteAsync(batch, cancellationToken);
    }

    internal void Complete() => channel.Writer.TryComplete();

    internal bool TryRead(out RowBatch batch)
    {
        if (channel.Reader.TryRead(out batch!))
        {
            Interlocked.Add(ref bufferedRows, -batch.Count);
            return true;
        }

        return false;
    }

    internal ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) =>
        channel.Reader.WaitToReadAsync(cancellationToken);

    internal bool IsCompleted => channel.Reader.Completion.IsCompleted;

    public override string ToString() => $"{Source}.{SourceCopy} - {Target}.{TargetCopy}";
}

/// <summary>Batch sizes shared by the pipeline engine.</summary>
public static class RowSetSizes
{
    /// <summary>Rows per batch. Large enough to make channel costs small, small enough for live counters.</summary>
    public const int BatchSize = 256;

    /// <summary>Hop's default row set size in rows.</summary>
    public const int DefaultRowSetSize = 10_000;

    public static int CapacityInBatches(int rowSetSize) => Math.Max(2, rowSetSize / BatchSize);

    internal static RowBatch MetaOnly(RowMeta meta) => new(meta, [], 0);
}
