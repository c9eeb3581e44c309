namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Copy rows to result: keeps every row as a result row for the next action of the calling workflow.</summary>
[Transform("RowsToResult")]
public sealed class RowsToResultTransform : TransformBase
{
    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        Pipeline.AddResultRow(InputRowMeta!, row);
        return PutRowAsync(InputRowMeta!, row, cancellationToken);
    }
}
