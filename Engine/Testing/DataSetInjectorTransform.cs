using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Stands in for a transform that a unit test feeds from an input data set: writes the data set's rows
/// with the transform's field names, then passes on any rows that still arrive on its input hops, as
/// Hop's Injector does.
/// </summary>
internal sealed class DataSetInjectorTransform(RowMeta meta, IReadOnlyList<object?[]> rows) : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        OutputRowMeta = meta;
        foreach (var row in rows)
        {
            await PutRowAsync(meta, (object?[])row.Clone(), cancellationToken);
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            await PutRowAsync(InputRowMeta!, row, cancellationToken);
        }
    }
}
