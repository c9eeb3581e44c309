using System.Text.RegularExpressions;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Conditions;

/// <summary>
/// Hop's condition tree (Filter rows, Switch/case style checks): either one comparison of a field with
/// another field or a constant, or a list of sub-conditions joined by AND, OR, XOR, AND NOT and OR NOT.
/// </summary>
public sealed class Condition
{
    private Regex? regex;

    public bool Negated { get; init; }

    /// <summary>How this condition joins the result of the conditions before it in the parent's list.</summary>
    public string Operator { get; init; } = string.Empty;

    public string? LeftField { get; init; }

    public string Function { get; init; } = "=";

    public string? RightField { get; init; }

    public ValueMeta? ConstantMeta { get; init; }

    public object? Constant { get; init; }

    public string? ConstantText { get; init; }

    public IReadOnlyList<Condition> Children { get; init; } = [];

    public bool IsComposite => Children.Count > 0;

    public static Condition Read(XElement element)
    {
        var children = element.Element("conditions")?.Elements("condition").Select(Read).ToList() ?? [];
        ValueMeta? constantMeta = null;
        object? constant = null;
        string? constantText = null;
        var value = element.Element("value");
        if (value is not null && !value.Flag("isnull"))
        {
            var type = HopValueTypes.Parse(value.Tag("type"));
            constantMeta = new ValueMeta(value.TagOrEmpty("name"), type == HopValueType.None ? HopValueType.String : type)
            {
                ConversionMask = string.IsNullOrEmpty(value.Tag("mask")) ? null : value.Tag("mask"),
                Length = value.Int("length", -1),
                Precision = value.Int("precision", -1),
            };
            constantText = value.Tag("text");
            constant = ValueConverter.FromString(constantMeta, constantText);
        }

        return new Condition
        {
            Negated = element.Flag("negated"),
            Operator = element.TagOrEmpty("operator").Trim().ToUpperInvariant(),
            LeftField = NullIfEmpty(element.Tag("leftvalue")),
            Function = element.Tag("function") is { Length: > 0 } f ? f.Trim().ToUpperInvariant() : "=",
            RightField = NullIfEmpty(element.Tag("rightvalue")),
            ConstantMeta = constantMeta,
            Constant = constant,
            ConstantText = constantText,
            Children = children,
        };
    }

    /// <summary>Evaluates the condition on a row. An empty condition is true.</summary>
    public bool Evaluate(RowMeta meta, object?[] row)
    {
        bool result;
        if (IsComposite)
        {
            result = Children[0].Evaluate(meta, row);
            for (var i = 1; i < Children.Count; i++)
            {
                var child = Children[i];
                var value = child.Evaluate(meta, row);
                result = child.Operator switch
                {
                    "OR" => result || value,
                    "AND" => result && value,
                    "OR NOT" => result || !value,
                    "AND NOT" => result && !value,
                    "XOR" => result ^ value,
                    _ => result && value,
                };
            }
        }
        else if (LeftField is null && RightField is null && Constant is null)
        {
            result = true;
        }
        else
        {
            result = Compare(meta, row);
        }

        return Negated ? !result : result;
    }

    private bool Compare(RowMeta meta, object?[] row)
    {
        var leftIndex = LeftField is null ? -1 : meta.IndexOf(LeftField);
        if (LeftField is not null && leftIndex < 0)
        {
            throw new HopException($"The condition uses field '{LeftField}', which is not in the row ({meta}).");
        }

        var leftMeta = leftIndex >= 0 ? meta[leftIndex] : new ValueMeta("left", HopValueType.String);
        var left = leftIndex >= 0 ? row[leftIndex] : null;

        ValueMeta rightMeta;
        object? right;
        if (RightField is not null)
        {
            var rightIndex = meta.IndexOf(RightField);
            if (rightIndex < 0)
            {
                throw new HopException($"The condition uses field '{RightField}', which is not in the row ({meta}).");
            }

            rightMeta = meta[rightIndex];
            right = row[rightIndex];
        }
        else
        {
            rightMeta = ConstantMeta ?? new ValueMeta("constant", HopValueType.String);
            right = Constant;
        }

        switch (Function)
        {
            case "IS NULL":
                return ValueConverter.IsNull(leftMeta, left);
            case "IS NOT NULL":
                return !ValueConverter.IsNull(leftMeta, left);
            case "TRUE":
                return true;
        }

        if (!IsTextFunction(Function))
        {
            var comparison = ValueCompare.Compare(leftMeta, left, rightMeta, right);
            return Function switch
            {
                "=" => comparison == 0,
                "<>" => comparison != 0,
                "<" => comparison < 0,
                "<=" => comparison <= 0,
                ">" => comparison > 0,
                ">=" => comparison >= 0,
                _ => throw new HopException($"Unknown condition function '{Function}'."),
            };
        }

        // Only the text functions need the values as text; formatting them for every row is costly.
        var leftText = ValueConverter.ToText(leftMeta, left);
        var rightText = ValueConverter.ToText(rightMeta, right) ?? ConstantText;
        switch (Function)
        {
            case "REGEXP":
                if (leftText is null || rightText is null)
                {
                    return false;
                }

                regex ??= new Regex("^(?:" + rightText + ")$", RegexOptions.CultureInvariant);
                return regex.IsMatch(leftText);
            case "CONTAINS":
                return leftText is not null && rightText is not null && leftText.Contains(rightText, StringComparison.Ordinal);
            case "STARTS WITH":
                return leftText is not null && rightText is not null && leftText.StartsWith(rightText, StringComparison.Ordinal);
            case "ENDS WITH":
                return leftText is not null && rightText is not null && leftText.EndsWith(rightText, StringComparison.Ordinal);
            case "LIKE":
                if (leftText is null || rightText is null)
                {
                    return false;
                }

                regex ??= new Regex("^" + Regex.Escape(rightText).Replace("%", ".*").Replace("_", ".") + "$", RegexOptions.Singleline);
                return regex.IsMatch(leftText);
            case "IN LIST":
                return leftText is not null && (ConstantText ?? rightText ?? string.Empty)
                    .Split(';').Any(item => ValueCompare.Compare(leftMeta, left, leftMeta, ConvertItem(leftMeta, item)) == 0);
            default:
                throw new HopException($"Unknown condition function '{Function}'.");
        }
    }

    private static bool IsTextFunction(string? function) =>
        function is "REGEXP" or "CONTAINS" or "STARTS WITH" or "ENDS WITH" or "LIKE" or "IN LIST";

    private static object? ConvertItem(ValueMeta meta, string item)
    {
        try
        {
            return ValueConverter.FromString(meta with { Trim = TrimType.None }, item);
        }
        catch (HopException)
        {
            return item;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
