using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Get rows from result: writes the result rows the calling action received from the action before it.</summary>
[Transform("RowsFromResult")]
public sealed class RowsFromResultTransform : TransformBase
{
    public override void Init()
    {
        var fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => new ValueMeta(f.TagOrEmpty("name"), HopValueTypes.Parse(f.Tag("type"))) { Length = f.Int("length", -1), Precision = f.Int("precision", -1) })
            .ToList();
        if (fields is { Count: > 0 })
        {
            OutputRowMeta = new RowMeta(fields);
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var row in Pipeline.PreviousResult.Rows)
        {
            await PutRowAsync(row.Meta, (object?[])row.Values.Clone(), cancellationToken);
        }
    }
}
