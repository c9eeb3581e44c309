using Orleans.AsyncHop.Engine.Pipelines.Mappings;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Mapping input: in a sub-pipeline run by a mapping transform, writes the rows the parent pipeline
/// sends in; run on its own, it writes nothing.
/// </summary>
[Transform("MappingInput")]
public sealed class MappingInputTransform : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var connection = MappingConnection.For(Pipeline);
        if (connection is null)
        {
            return;
        }

        await foreach (var (meta, row) in connection.Input.Reader.ReadAllAsync(cancellationToken))
        {
            await PutRowAsync(meta, row, cancellationToken);
        }

        OutputRowMeta ??= connection.InputMeta;
    }
}
