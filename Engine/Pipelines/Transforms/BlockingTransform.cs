using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Blocking transform: holds every row until the input is finished, then writes all of them ("pass all
/// rows") or only the last one.
/// </summary>
[Transform("BlockingTransform")]
public sealed class BlockingTransform : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var passAll = Meta.Element.Flag("pass_all_rows");
        var rows = new List<(RowMeta Meta, object?[] Row)>();
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (!passAll)
            {
                rows.Clear();
            }

            rows.Add((InputRowMeta!, row));
        }

        foreach (var (meta, row) in rows)
        {
            await PutRowAsync(meta, row, cancellationToken);
        }
    }
}
