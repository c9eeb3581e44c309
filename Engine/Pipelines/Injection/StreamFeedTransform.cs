using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Replaces the streaming target transform of an injected pipeline: writes the rows the metadata
/// injection transform received from its streaming source, as if they had arrived at that transform.
/// </summary>
public sealed class StreamFeedTransform(RowMeta? meta, IReadOnlyList<object?[]> rows) : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await PutRowAsync(meta!, row, cancellationToken);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => meta;
}
