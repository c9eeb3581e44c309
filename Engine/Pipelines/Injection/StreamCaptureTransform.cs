using System.Threading.Channels;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Receives the rows of the injected pipeline's streaming transform and hands them to the metadata
/// injection transform that runs the pipeline, which writes them as its own output.
/// </summary>
public sealed class StreamCaptureTransform(ChannelWriter<(RowMeta Meta, object?[] Row)> writer) : TransformBase
{
    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken) =>
        await writer.WriteAsync((InputRowMeta!, row), cancellationToken);
}
