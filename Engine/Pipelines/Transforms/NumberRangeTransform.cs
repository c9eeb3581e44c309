using System.Globalization;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Number range: appends a String naming every range (lower bound inclusive, upper bound exclusive) that
/// contains the input number, joined with commas; the fallback value when none does or the input is null.
/// </summary>
[Transform("NumberRange")]
public sealed class NumberRangeTransform : TransformBase
{
    private string inputField = string.Empty;
    private string outputField = string.Empty;
    private string? fallback;
    private List<(double Lower, double Upper, string Value)> rules = [];
    private RowMeta? lastInput;
    private RowMeta? output;
    private int index;

    public override void Init()
    {
        inputField = Meta.Element.TagOrEmpty("inputField");
        outputField = Meta.Element.TagOrEmpty("outputField");
        fallback = Meta.Element.Tag("fallBackValue");
        rules = Meta.Element.Element("rules")?.Elements("rule")
            .Select(r => (Bound(r.Tag("lower_bound"), double.MinValue), Bound(r.Tag("upper_bound"), double.MaxValue), r.TagOrEmpty("value")))
            .ToList() ?? [];
    }

    private static double Bound(string? text, double fallbackBound) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallbackBound;

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(new ValueMeta(outputField, HopValueType.String));

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = DescribeOutput(input);
            index = input.RequireIndex(inputField, Name);
        }

        string? value = fallback;
        if (ValueConverter.Convert(row[index], input[index], new ValueMeta("n", HopValueType.Number)) is double number)
        {
            var matches = rules.Where(r => number >= r.Lower && number < r.Upper).Select(r => r.Value).ToList();
            if (matches.Count > 0)
            {
                value = string.Join(",", matches);
            }
        }

        var result = RowMeta.Resize(row, output!.Count);
        result[input.Count] = value;
        return PutRowAsync(output, result, cancellationToken);
    }
}
