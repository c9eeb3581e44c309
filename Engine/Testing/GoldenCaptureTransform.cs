using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Stands in for a transform whose input a unit test compares with a golden data set: passes rows on like
/// a Dummy and records every row it reads, with the layout of the first one.
/// </summary>
internal sealed class GoldenCaptureTransform(CapturedRows capture) : TransformBase
{
    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        capture.Add(InputRowMeta!, row);
        return PutRowAsync(InputRowMeta!, row, cancellationToken);
    }

    protected override Task FinishAsync(CancellationToken cancellationToken)
    {
        capture.Announce(InputRowMeta);
        return Task.CompletedTask;
    }
}

/// <summary>Rows a golden transform received during a test run; thread-safe for several copies.</summary>
public sealed class CapturedRows
{
    private readonly List<object?[]> rows = [];
    private readonly Lock sync = new();

    /// <summary>Layout of the captured rows; null when the transform never learned its input layout.</summary>
    public RowMeta? Meta { get; private set; }

    public IReadOnlyList<object?[]> Rows
    {
        get
        {
            lock (sync)
            {
                return [.. rows];
            }
        }
    }

    internal void Add(RowMeta meta, object?[] row)
    {
        lock (sync)
        {
            Meta ??= meta;
            rows.Add((object?[])row.Clone());
        }
    }

    internal void Announce(RowMeta? meta)
    {
        lock (sync)
        {
            Meta ??= meta;
        }
    }
}
