using Orleans.AsyncHop.Engine.Pipelines.DataStreams;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Data stream input: reads the rows of the Apache Arrow file of the data stream metadata object named in the
/// settings, with the fields and types of the file's schema.
/// </summary>
[Transform("DataStreamInput")]
public sealed class DataStreamInputTransform : DataStreamTransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new ArrowRowReader(Definition);
            OutputRowMeta = reader.RowMeta;
            while (await reader.ReadBatchAsync(cancellationToken) is { } rows)
            {
                foreach (var row in rows)
                {
                    IncrementLinesInput();
                    await PutRowAsync(reader.RowMeta, row, cancellationToken);
                }
            }
        }
        // Apache Arrow reports a truncated or foreign file as an InvalidOperationException.
        catch (Exception exception) when (exception is HopException or IOException or InvalidDataException or UnauthorizedAccessException
            or InvalidOperationException)
        {
            throw Failure($"reading data stream '{Definition.Name}' from '{Definition.FileName}' failed: {exception.Message}", exception);
        }
    }
}
