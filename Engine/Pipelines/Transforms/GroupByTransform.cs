using Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Group by: aggregates consecutive rows with equal group fields, so the input must be sorted on them.
/// With "include all rows" every input row is passed on with its group's aggregates (plus a line number
/// and cumulative sums and averages); otherwise one row per group is written.
/// </summary>
[Transform("GroupBy")]
public sealed class GroupByTransform : TransformBase
{
    private List<string> groupFields = [];
    private List<Aggregation> aggregations = [];
    private bool passAllRows;
    private bool alwaysGiveBackRow;
    private string? lineNrField;
    private bool allNullsAreZero;
    private string spillDirectory = Path.GetTempPath();
    private string spillPrefix = "grp";

    public override void Init()
    {
        groupFields = Meta.Element.Element("group")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        aggregations = Meta.Element.Element("fields")?.Elements("field").Select(Aggregation.Read).ToList() ?? [];
        passAllRows = Meta.Element.Flag("all_rows");
        alwaysGiveBackRow = Meta.Element.Flag("give_back_row");
        lineNrField = Meta.Element.Flag("add_linenr") && !string.IsNullOrEmpty(Meta.Element.Tag("linenr_fieldname"))
            ? Meta.Element.Tag("linenr_fieldname")
            : null;
        var directory = Resolve(Meta.Element.Tag("directory"));
        spillDirectory = string.IsNullOrWhiteSpace(directory) ? Path.GetTempPath() : directory;
        spillPrefix = Resolve(Meta.Element.Tag("prefix"));
        allNullsAreZero = Variables.Get("HOP_AGGREGATION_ALL_NULLS_ARE_ZERO") is { } zero
            && ValueConverter.ParseBoolean(zero);
        var missing = aggregations.FirstOrDefault(a => a.Type == AggregationType.None);
        if (missing is not null)
        {
            throw Failure($"specify an aggregation type for field '{missing.Field}'.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputLayout(inputMeta);

    private RowMeta OutputLayout(RowMeta input)
    {
        var aggregateMeta = aggregations.Select(a =>
            GroupAccumulator.OutputMeta(a, input.IndexOf(a.Subject) is var i and >= 0 ? input[i] : null));
        if (passAllRows)
        {
            var all = input.Add(aggregateMeta.ToArray());
            return lineNrField is null ? all : all.Add(new ValueMeta(lineNrField, HopValueType.Integer));
        }

        var groups = groupFields.Select(g => input.IndexOf(g)).Where(i => i >= 0).Select(i => input[i]);
        return new RowMeta(groups.Concat(aggregateMeta));
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var first = await GetRowAsync(cancellationToken);
        if (first is null)
        {
            if (alwaysGiveBackRow && !passAllRows && InputRowMeta is { } announced)
            {
                var accumulator = CreateAccumulator(announced, requireFields: false);
                accumulator.Start(null);
                var result = new object?[groupFields.Count].Concat(accumulator.Result(allNullsAreZero)).ToArray();
                await PutRowAsync(OutputLayout(announced), result, cancellationToken);
            }

            return;
        }

        var input = InputRowMeta!;
        var output = OutputLayout(input);
        var state = CreateAccumulator(input, requireFields: true);
        var keys = groupFields.Select(g => input.RequireIndex(g, Name)).ToArray();
        using var buffer = new GroupRowBuffer(spillDirectory, spillPrefix);
        var previous = first;
        state.Start(first);
        for (var row = first; row is not null; row = await GetRowAsync(cancellationToken))
        {
            if (!ReferenceEquals(row, first) && !SameGroup(input, keys, previous, row))
            {
                await FlushGroupAsync(input, output, keys, state, previous, buffer, cancellationToken);
                state.Start(row);
            }

            state.Add(row);
            if (passAllRows)
            {
                buffer.Add(row);
            }

            previous = row;
        }

        await FlushGroupAsync(input, output, keys, state, previous, buffer, cancellationToken);
    }

    private GroupAccumulator CreateAccumulator(RowMeta input, bool requireFields)
    {
        var subjects = aggregations.Select(a =>
        {
            if (a.Type == AggregationType.CountAny)
            {
                return input.IndexOf(a.Subject) is var any and >= 0 ? any : (input.Count > 0 ? 0 : -1);
            }

            var index = input.IndexOf(a.Subject);
            if (index < 0 && requireFields)
            {
                throw Failure($"the subject field '{a.Subject}' of aggregate '{a.Field}' is not in the input row.");
            }

            return index;
        }).ToArray();
        return new GroupAccumulator(aggregations, input, subjects, text => Resolve(text));
    }

    private static bool SameGroup(RowMeta meta, int[] keys, object?[] previous, object?[] row)
    {
        foreach (var key in keys)
        {
            if (ValueCompare.Compare(meta[key], previous[key], meta[key], row[key]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task FlushGroupAsync(
        RowMeta input,
        RowMeta output,
        int[] keys,
        GroupAccumulator state,
        object?[] last,
        GroupRowBuffer buffer,
        CancellationToken cancellationToken)
    {
        var aggregates = state.Result(allNullsAreZero);
        if (!passAllRows)
        {
            var result = new object?[output.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                result[i] = last[keys[i]];
            }

            Array.Copy(aggregates, 0, result, keys.Length, aggregates.Length);
            await PutRowAsync(output, result, cancellationToken);
            return;
        }

        var running = new RunningTotals(aggregations, input, output, text => Resolve(text));
        long lineNr = 0;
        foreach (var buffered in buffer.Drain())
        {
            var row = RowMeta.Resize(buffered, output.Count);
            Array.Copy(aggregates, 0, row, input.Count, aggregates.Length);
            if (lineNrField is not null)
            {
                row[input.Count + aggregates.Length] = ++lineNr;
            }

            running.Apply(row);
            await PutRowAsync(output, row, cancellationToken);
        }
    }
}
