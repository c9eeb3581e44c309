using Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Switch / case: sends each row to the target transforms of the case values that equal the field's value
/// (or that the value contains, with "use contains"), after converting it to the case value type. Rows
/// without a match go to the default target; a null value goes to the null cases, else to the default.
/// </summary>
[Transform("SwitchCase")]
public sealed class SwitchCaseTransform : TransformBase
{
    private string fieldName = string.Empty;
    private bool useContains;
    private ValueMeta caseMeta = new("case", HopValueType.String);
    private List<(string? Value, string Target)> cases = [];
    private string? defaultTarget;
    private List<(object Value, string Target)> targets = [];
    private List<string> nullTargets = [];
    private int index = -1;

    public override void Init()
    {
        fieldName = Meta.Element.TagOrEmpty("fieldname");
        if (string.IsNullOrEmpty(fieldName))
        {
            throw Failure("the field to switch on is not set.");
        }

        useContains = Meta.Element.Flag("use_contains");
        var type = HopValueTypes.Parse(Meta.Element.Tag("case_value_type"));
        caseMeta = new ValueMeta(fieldName, type == HopValueType.None ? HopValueType.String : type)
        {
            ConversionMask = Meta.Element.Tag("case_value_format"),
            DecimalSymbol = NullIfEmpty(Meta.Element.Tag("case_value_decimal")),
            GroupingSymbol = NullIfEmpty(Meta.Element.Tag("case_value_group")),
        };
        cases = Meta.Element.Element("cases")?.Elements("case")
            .Select(c => (c.Tag("value"), c.TagOrEmpty("target_transform")))
            .ToList() ?? [];
        defaultTarget = NullIfEmpty(Meta.Element.Tag("default_target_transform"));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (index < 0)
        {
            PrepareTargets(input);
        }

        object? value;
        try
        {
            value = ValueConverter.Convert(row[index], input[index], caseMeta);
        }
        catch (HopException exception)
        {
            throw Failure($"the value of field '{fieldName}' cannot be compared with the case values: {exception.Message}", exception);
        }

        var matches = ValueConverter.IsNull(caseMeta, value) ? nullTargets : Match(value!);
        if (matches.Count == 0 && defaultTarget is not null)
        {
            matches = [defaultTarget];
        }

        for (var i = 0; i < matches.Count; i++)
        {
            await PutRowToAsync(matches[i], input, i == 0 ? row : (object?[])row.Clone(), cancellationToken);
        }
    }

    private List<string> Match(object value)
    {
        var comparer = new ValueComparer(caseMeta);
        var text = useContains ? ValueConverter.ToText(caseMeta, value) ?? string.Empty : null;
        return targets
            .Where(t => useContains
                ? text!.Contains(ValueConverter.ToText(caseMeta, t.Value) ?? string.Empty, StringComparison.Ordinal)
                : comparer.Equals(t.Value, value))
            .Select(t => t.Target)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private void PrepareTargets(RowMeta input)
    {
        index = input.RequireIndex(fieldName, Name);
        var text = new ValueMeta("text", HopValueType.String);
        foreach (var (caseValue, target) in cases)
        {
            if (string.IsNullOrEmpty(target) || !HasOutputTo(target))
            {
                throw Failure($"the case value '{caseValue}' has no hop to its target transform '{target}'.");
            }

            var value = ValueConverter.Convert(caseValue, text, caseMeta);
            if (ValueConverter.IsNull(caseMeta, value))
            {
                nullTargets.Add(target);
            }
            else
            {
                targets.Add((value!, target));
            }
        }

        if (defaultTarget is not null && !HasOutputTo(defaultTarget))
        {
            defaultTarget = null;
        }

        if (nullTargets.Count == 0 && defaultTarget is not null)
        {
            nullTargets.Add(defaultTarget);
        }
    }
}
