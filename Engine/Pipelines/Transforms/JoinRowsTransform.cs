using Orleans.AsyncHop.Engine.Pipelines.Conditions;
using Orleans.AsyncHop.Engine.Pipelines.Joins;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Join rows (cartesian product): combines every row of each input with every row of the others and
/// keeps the combinations that meet the condition. The main input (or the first, when none is named)
/// is the outer loop; fields follow the order of the hops, and a repeated field name gets a "_1", "_2"
/// suffix as in Hop.
/// </summary>
[Transform("JoinRows")]
public sealed class JoinRowsTransform : TransformBase
{
    private Condition? condition;
    private List<string> sources = [];

    public override IReadOnlyCollection<string> InfoStreamNames => sources;

    public override void Init()
    {
        sources = Pipeline.Meta.Hops.Where(h => h.To == Name).Select(h => h.From).Distinct().ToList();
        var element = Meta.Element.Element("compare")?.Element("condition");
        condition = element is null ? null : Condition.Read(element);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return;
        }

        var streams = new List<(RowMeta? Meta, List<object?[]> Rows)>();
        foreach (var source in sources)
        {
            streams.Add(await ReadInfoStreamAsync(source, cancellationToken));
        }

        if (streams.Any(s => s.Meta is null))
        {
            return;
        }

        var main = Resolve(Meta.Element.Tag("main"));
        var mainIndex = string.IsNullOrEmpty(main) ? 0 : sources.IndexOf(main);
        if (mainIndex < 0)
        {
            throw Failure($"the main transform '{main}' has no hop into this transform.");
        }

        var outputMeta = JoinedLayout.Combine(streams.Select(s => s.Meta!));
        OutputRowMeta = outputMeta;
        var order = new List<int> { mainIndex };
        order.AddRange(Enumerable.Range(0, streams.Count).Where(i => i != mainIndex));
        var offsets = new int[streams.Count];
        for (var i = 1; i < streams.Count; i++)
        {
            offsets[i] = offsets[i - 1] + streams[i - 1].Meta!.Count;
        }

        await ProductAsync(streams, order, offsets, 0, new object?[outputMeta.Count], outputMeta, cancellationToken);
    }

    private async Task ProductAsync(
        List<(RowMeta? Meta, List<object?[]> Rows)> streams,
        List<int> order,
        int[] offsets,
        int depth,
        object?[] row,
        RowMeta outputMeta,
        CancellationToken cancellationToken)
    {
        if (depth == order.Count)
        {
            if (condition is null || condition.Evaluate(outputMeta, row))
            {
                await PutRowAsync(outputMeta, (object?[])row.Clone(), cancellationToken);
            }

            return;
        }

        var stream = order[depth];
        var width = streams[stream].Meta!.Count;
        foreach (var source in streams[stream].Rows)
        {
            Array.Copy(source, 0, row, offsets[stream], Math.Min(width, source.Length));
            await ProductAsync(streams, order, offsets, depth + 1, row, outputMeta, cancellationToken);
        }
    }
}
