namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Detect empty stream: writes nothing while rows arrive; when the input had no row at all it writes a
/// single row of nulls with the input's layout, so that later transforms can react to "no data".
/// </summary>
[Transform("DetectEmptyStream")]
public sealed class DetectEmptyStreamTransform : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var seenRow = false;
        while (await GetRowAsync(cancellationToken) is not null)
        {
            seenRow = true;
        }

        if (seenRow)
        {
            return;
        }

        var meta = InputRowMeta ?? Values.RowMeta.Empty;
        await PutRowAsync(meta, new object?[meta.Count], cancellationToken);
    }
}
