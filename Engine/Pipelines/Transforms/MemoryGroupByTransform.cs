using Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Memory group by: aggregates rows per distinct combination of group fields in memory, so the input
/// need not be sorted. Groups are written after the last row, in the order their first row arrived.
/// </summary>
[Transform("MemoryGroupBy")]
public sealed class MemoryGroupByTransform : TransformBase
{
    private List<string> groupFields = [];
    private List<Aggregation> aggregations = [];
    private bool alwaysGiveBackRow;
    private bool allNullsAreZero;

    public override void Init()
    {
        groupFields = Meta.Element.Element("group")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        aggregations = Meta.Element.Element("fields")?.Elements("field").Select(Aggregation.Read).ToList() ?? [];
        alwaysGiveBackRow = Meta.Element.Flag("give_back_row");
        allNullsAreZero = Variables.Get("HOP_AGGREGATION_ALL_NULLS_ARE_ZERO") is { } zero
            && ValueConverter.ParseBoolean(zero);
        var unsupported = aggregations.FirstOrDefault(a => a.Type is AggregationType.None or AggregationType.CumulativeSum
            or AggregationType.CumulativeAverage or AggregationType.MovingAverage);
        if (unsupported is not null)
        {
            throw Failure($"aggregate '{unsupported.Field}' has a type that Memory group by does not support.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputLayout(inputMeta);

    private RowMeta OutputLayout(RowMeta input)
    {
        var groups = groupFields.Select(g => input.IndexOf(g)).Where(i => i >= 0).Select(i => input[i]);
        var aggregateMeta = aggregations.Select(a =>
            GroupAccumulator.OutputMeta(a, input.IndexOf(a.Subject) is var i and >= 0 ? input[i] : null));
        return new RowMeta(groups.Concat(aggregateMeta));
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        RowMeta? input = null;
        int[] keys = [];
        int[] subjects = [];
        Dictionary<GroupKey, (object?[] Key, GroupAccumulator State)>? groups = null;
        var order = new List<GroupKey>();
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (input is null)
            {
                input = InputRowMeta!;
                keys = groupFields.Select(g => input.RequireIndex(g, Name)).ToArray();
                subjects = aggregations.Select(a => SubjectIndex(input, a)).ToArray();
                groups = new Dictionary<GroupKey, (object?[], GroupAccumulator)>(new GroupKeyComparer(input, keys));
            }

            var key = new GroupKey(row);
            if (!groups!.TryGetValue(key, out var group))
            {
                var state = new GroupAccumulator(aggregations, input, subjects, text => Resolve(text));
                state.Start(row);
                group = (keys.Select(k => row[k]).ToArray(), state);
                groups.Add(key, group);
                order.Add(key);
            }

            group.State.Add(row);
        }

        if (input is null)
        {
            if (alwaysGiveBackRow && InputRowMeta is { } announced)
            {
                var state = new GroupAccumulator(aggregations, announced, aggregations.Select(a => announced.IndexOf(a.Subject)).ToArray(), text => Resolve(text));
                state.Start(null);
                var row = new object?[groupFields.Count].Concat(state.Result(allNullsAreZero)).ToArray();
                await PutRowAsync(OutputLayout(announced), row, cancellationToken);
            }

            return;
        }

        var output = OutputLayout(input);
        foreach (var key in order)
        {
            var (values, state) = groups![key];
            await PutRowAsync(output, values.Concat(state.Result(allNullsAreZero)).ToArray(), cancellationToken);
        }
    }

    private int SubjectIndex(RowMeta input, Aggregation aggregation)
    {
        var index = input.IndexOf(aggregation.Subject);
        if (index < 0 && aggregation.Type != AggregationType.CountAny)
        {
            throw Failure($"the subject field '{aggregation.Subject}' of aggregate '{aggregation.Field}' is not in the input row.");
        }

        return Math.Max(index, aggregation.Type == AggregationType.CountAny ? 0 : index);
    }

    private sealed record GroupKey(object?[] Row);

    private sealed class GroupKeyComparer(RowMeta meta, int[] keys) : IEqualityComparer<GroupKey>
    {
        public bool Equals(GroupKey? x, GroupKey? y) =>
            keys.All(k => ValueCompare.Compare(meta[k], x!.Row[k], meta[k], y!.Row[k]) == 0);

        public int GetHashCode(GroupKey key)
        {
            var hash = new HashCode();
            foreach (var k in keys)
            {
                var value = key.Row[k];
                hash.Add(ValueConverter.IsNull(meta[k], value) ? 0 : value switch
                {
                    string s => meta[k].CaseInsensitive ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : s.GetHashCode(StringComparison.Ordinal),
                    byte[] bytes => bytes.Length,
                    _ => value!.GetHashCode(),
                });
            }

            return hash.ToHashCode();
        }
    }
}
