using Orleans.AsyncHop.Engine.Pipelines.DataStreams;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Data stream input: reads the rows of the Apache Arrow file of the data stream metadata object named in the
/// settings, with the fields and types of the file's schema.
/// </summary>
[Transform("DataStreamInput")]
public sealed class DataStreamInputTransform : TransformBase
{
    private DataStreamDefinition definition = null!;

    public override void Init()
    {
        var name = Resolve(Meta.Element.Tag("data-stream"));
        try
        {
            definition = DataStreamDefinition.Load(Pipeline.Context.Project.Metadata, name, Variables);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new ArrowRowReader(definition);
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
            throw Failure($"reading data stream '{definition.Name}' from '{definition.FileName}' failed: {exception.Message}", exception);
        }
    }
}
