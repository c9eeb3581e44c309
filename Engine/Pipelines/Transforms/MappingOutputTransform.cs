using Orleans.AsyncHop.Engine.Pipelines.Mappings;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Mapping output: in a sub-pipeline run by a mapping transform, hands every row back to the parent
/// pipeline; it also passes rows to any transform after it.
/// </summary>
[Transform("MappingOutput")]
public sealed class MappingOutputTransform : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var connection = MappingConnection.For(Pipeline);
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (connection is not null)
            {
                await connection.Output.Writer.WriteAsync((InputRowMeta!, row), cancellationToken);
            }

            await PutRowAsync(InputRowMeta!, row, cancellationToken);
        }

        if (connection is not null)
        {
            connection.OutputMeta ??= InputRowMeta;
        }
    }
}
