using Orleans.AsyncHop.Engine.Pipelines.Transforms.Denormalising;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Row denormaliser: turns consecutive rows of one group (equal group fields, so the input must be sorted
/// on them) into a single row. Each target field takes the value field of the rows whose key field equals
/// the target's key value, aggregated when asked. The key field and the value fields leave the row.
/// </summary>
[Transform("Denormaliser")]
public sealed class DenormaliserTransform : TransformBase
{
    private string keyField = string.Empty;
    private List<string> groupFields = [];
    private List<DenormaliserTarget> targets = [];
    private bool allNullsAreZero;
    private bool minNullIsValued;

    public override void Init()
    {
        keyField = Meta.Element.TagOrEmpty("key_field");
        groupFields = Meta.Element.Element("group")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        targets = [];
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var target = DenormaliserTarget.Read(field, text => Resolve(text));
            if (target is null)
            {
                throw Failure($"the aggregation type '{DenormaliserTarget.CodeOf(field)}' of target field " +
                    $"'{field.TagOrEmpty("target_name")}' is not one of -, SUM, AVERAGE, MIN, MAX, COUNT_ALL, CONCAT_COMMA.");
            }

            targets.Add(target);
        }

        if (keyField.Length == 0)
        {
            throw Failure("the key field is missing; specify the field that contains the key values.");
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].ValueField.Length == 0)
            {
                throw Failure($"target field number {i + 1} has no value field name.");
            }
        }

        allNullsAreZero = Flag("HOP_AGGREGATION_ALL_NULLS_ARE_ZERO");
        minNullIsValued = Flag("HOP_AGGREGATION_MIN_NULL_IS_VALUED");
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null ? null : new Layout(this, inputMeta).Output;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var first = await GetRowAsync(cancellationToken);
        if (first is null)
        {
            return;
        }

        var input = InputRowMeta!;
        var layout = new Layout(this, input);
        var group = new DenormaliserGroup(targets) { MinNullIsValued = minNullIsValued };
        var previous = first;
        for (var row = first; row is not null; row = await GetRowAsync(cancellationToken))
        {
            if (!ReferenceEquals(row, first) && !SameGroup(input, layout.GroupIndexes, previous, row))
            {
                await PutRowAsync(layout.Output, BuildResult(layout, group, previous), cancellationToken);
                group.Clear();
            }

            Denormalise(input, layout, group, row);
            previous = row;
        }

        await PutRowAsync(layout.Output, BuildResult(layout, group, previous), cancellationToken);
    }

    private void Denormalise(RowMeta input, Layout layout, DenormaliserGroup group, object?[] row)
    {
        var key = ValueConverter.ToText(input[layout.KeyIndex], row[layout.KeyIndex]);
        if (string.IsNullOrEmpty(key) || !layout.TargetsByKey.TryGetValue(key, out var indexes))
        {
            return;
        }

        foreach (var index in indexes)
        {
            var source = layout.ValueIndexes[index];
            try
            {
                group.Add(index, input[source], row[source]);
            }
            catch (HopException exception)
            {
                throw Failure($"the value [{row[source]}] of field '{input[source].Name}' cannot fill target field " +
                    $"'{targets[index].Meta.Name}' (row {LinesRead}): {exception.Message}", exception);
            }
        }
    }

    private object?[] BuildResult(Layout layout, DenormaliserGroup group, object?[] last)
    {
        var result = new object?[layout.Output.Count];
        var at = 0;
        foreach (var kept in layout.KeptIndexes)
        {
            result[at++] = last[kept];
        }

        for (var i = 0; i < targets.Count; i++, at++)
        {
            var value = group.Result(i);
            result[at] = value is null && allNullsAreZero ? Zero(targets[i].Meta) : value;
        }

        return result;
    }

    private object Zero(ValueMeta meta) => meta.Type switch
    {
        HopValueType.Integer => 0L,
        HopValueType.Number => 0.0,
        HopValueType.BigNumber => 0m,
        HopValueType.String => string.Empty,
        _ => throw Failure($"HOP_AGGREGATION_ALL_NULLS_ARE_ZERO has no zero for target field '{meta.Name}' of type " +
            $"{HopValueTypes.Name(meta.Type)}."),
    };

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

    private bool Flag(string variable) => Variables.Get(variable) is { } text && ValueConverter.ParseBoolean(text);

    /// <summary>Field positions for one input layout: key, group and value fields, kept fields and the output.</summary>
    private sealed class Layout
    {
        public Layout(DenormaliserTransform transform, RowMeta input)
        {
            KeyIndex = input.IndexOf(transform.keyField);
            if (KeyIndex < 0)
            {
                throw transform.Failure($"the key field '{transform.keyField}' is not in the input row ({input}).");
            }

            var targets = transform.targets;
            ValueIndexes = new int[targets.Count];
            for (var i = 0; i < targets.Count; i++)
            {
                var name = targets[i].ValueField;
                ValueIndexes[i] = input.IndexOf(name);
                if (ValueIndexes[i] < 0)
                {
                    throw transform.Failure($"the value field '{name}' is not in the input row ({input}).");
                }

                if (ValueIndexes[i] == KeyIndex)
                {
                    throw transform.Failure($"the value field '{name}' is also the key field; use another field.");
                }

                if (!TargetsByKey.TryGetValue(targets[i].KeyValue, out var list))
                {
                    TargetsByKey[targets[i].KeyValue] = list = [];
                }

                list.Add(i);
            }

            GroupIndexes = transform.groupFields.Select(name => input.IndexOf(name) is var index and >= 0
                ? index
                : throw transform.Failure($"the group field '{name}' is not in the input row ({input}).")).ToArray();
            var removed = ValueIndexes.Append(KeyIndex).ToHashSet();
            KeptIndexes = Enumerable.Range(0, input.Count).Where(i => !removed.Contains(i)).ToArray();
            Output = new RowMeta(KeptIndexes.Select(i => input[i]).Concat(targets.Select(t => t.Meta)));
        }

        public int KeyIndex { get; }

        public int[] ValueIndexes { get; }

        public int[] GroupIndexes { get; }

        public int[] KeptIndexes { get; }

        public Dictionary<string, List<int>> TargetsByKey { get; } = new(StringComparer.Ordinal);

        public RowMeta Output { get; }
    }
}
