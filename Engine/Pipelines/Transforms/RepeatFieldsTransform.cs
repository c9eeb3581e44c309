using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Repeat fields: adds, for each repeat, a target field that carries a source value down the rows of a
/// group (consecutive rows with equal group fields). "previous" keeps the first row's value for the whole
/// group, "previous_when_null" fills nulls from the row before, and "current_when_indicated" takes the
/// current value only on rows whose indicator field has the indicator value.
/// </summary>
[Transform("RepeatFields")]
public sealed class RepeatFieldsTransform : TransformBase
{
    private static readonly string[] TypeCodes = ["previous", "previous_when_null", "current_when_indicated"];

    private List<string> groupFields = [];
    private List<Repeat> repeats = [];
    private RowMeta? layoutFor;
    private RowMeta? layout;
    private int[] groupIndexes = [];
    private (int Source, int Indicator)[] indexes = [];
    private object?[]? previousRow;

    private enum RepeatType
    {
        Previous,
        PreviousWhenNull,
        CurrentWhenIndicated,
    }

    public override void Init()
    {
        groupFields = Meta.Element.Element("group_fields")?.Elements("group_field").Select(f => f.Value).ToList() ?? [];
        repeats = Meta.Element.Element("repeats")?.Elements("field").Select(ReadRepeat).ToList() ?? [];
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        if (previousRow is not null && !SameGroup(input, previousRow, row))
        {
            previousRow = null;
        }

        var result = RowMeta.Resize(row, layout!.Count);
        for (var i = 0; i < repeats.Count; i++)
        {
            var target = input.Count + i;
            var (source, indicator) = indexes[i];
            var value = row[source];
            result[target] = repeats[i].Type switch
            {
                RepeatType.Previous => previousRow is null ? value : previousRow[target],
                RepeatType.PreviousWhenNull when ValueConverter.IsNull(input[source], value) => previousRow?[target],
                RepeatType.CurrentWhenIndicated => CurrentWhenIndicated(input, repeats[i], row, indicator, target),
                _ => value,
            };
        }

        previousRow = result;
        await PutRowAsync(layout, (object?[])result.Clone(), cancellationToken);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        Prepare(inputMeta);
        return layout;
    }

    private Repeat ReadRepeat(XElement field)
    {
        var code = field.TagOrEmpty("type").Trim();
        var index = Array.FindIndex(TypeCodes, c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            index = Array.FindIndex(Enum.GetNames<RepeatType>(), c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
        }

        var source = Resolve(field.Tag("source_field"));
        if (index < 0)
        {
            throw Failure($"the repeat type '{code}' of source field '{source}' is not one of " +
                $"{string.Join(", ", TypeCodes)}.");
        }

        var target = Resolve(field.Tag("target_field"));
        if (target.Length == 0)
        {
            throw Failure($"the repeat of source field '{source}' has no target field name.");
        }

        var indicatorField = Resolve(field.Tag("indicator_field_name"));
        return new Repeat((RepeatType)index, source, target, indicatorField, field.Tag("indicator_value"));
    }

    private object? CurrentWhenIndicated(RowMeta input, Repeat repeat, object?[] row, int indicator, int target)
    {
        if (indicator < 0)
        {
            throw Failure($"the repeat of source field '{repeat.Source}' needs an indicator field name.");
        }

        var text = ValueConverter.ToText(input[indicator], row[indicator]);
        if (string.IsNullOrEmpty(text))
        {
            throw Failure($"the indicator field '{repeat.IndicatorField}' has no value (row {LinesRead}).");
        }

        // The first row of a group keeps its own value, as it often is the latest version of a record.
        if (text == repeat.IndicatorValue || previousRow is null)
        {
            return row[input.IndexOf(repeat.Source)];
        }

        return previousRow[target];
    }

    private bool SameGroup(RowMeta input, object?[] previous, object?[] row)
    {
        foreach (var index in groupIndexes)
        {
            if (ValueCompare.Compare(input[index], previous[index], input[index], row[index]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private void Prepare(RowMeta input)
    {
        groupIndexes = groupFields.Select(name => input.IndexOf(name) is var index and >= 0
            ? index
            : throw Failure($"the group field '{name}' is not in the input row ({input}).")).ToArray();
        indexes = repeats.Select(repeat =>
        {
            var source = input.IndexOf(repeat.Source);
            if (source < 0)
            {
                throw Failure($"the source field '{repeat.Source}' to repeat is not in the input row ({input}).");
            }

            var indicator = repeat.IndicatorField.Length == 0 ? -1 : input.IndexOf(repeat.IndicatorField);
            if (repeat.IndicatorField.Length > 0 && indicator < 0)
            {
                throw Failure($"the indicator field '{repeat.IndicatorField}' is not in the input row ({input}).");
            }

            return (source, indicator);
        }).ToArray();
        layout = input.Add(repeats.Select(r => input[input.IndexOf(r.Source)].Rename(r.Target)).ToArray());
        layoutFor = input;
    }

    private sealed record Repeat(RepeatType Type, string Source, string Target, string IndicatorField, string? IndicatorValue);
}
