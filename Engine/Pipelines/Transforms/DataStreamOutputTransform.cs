using Orleans.AsyncHop.Engine.Pipelines.DataStreams;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Data stream output: writes every input row to the Apache Arrow file of the data stream metadata object
/// named in the settings. The rows go no further, as in Hop.
/// </summary>
[Transform("DataStreamOutput")]
public sealed class DataStreamOutputTransform : DataStreamTransformBase
{
    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => RowMeta.Empty;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        ArrowRowWriter? writer = null;
        try
        {
            while (await GetRowAsync(cancellationToken) is { } row)
            {
                writer ??= new ArrowRowWriter(Definition, InputRowMeta!);
                await writer.WriteRowAsync(row, cancellationToken);
                IncrementLinesOutput();
            }

            if (writer is not null)
            {
                await writer.CompleteAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is HopException or IOException or UnauthorizedAccessException or InvalidCastException)
        {
            throw Failure($"writing data stream '{Definition.Name}' to '{Definition.FileName}' failed: {exception.Message}", exception);
        }
        finally
        {
            writer?.Dispose();
        }
    }
}
