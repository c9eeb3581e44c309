using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;

/// <summary>
/// One validation of the Data validator (a <c>validator_field</c> element) with its settings resolved and its
/// limits converted to the validation's data type, as Hop prepares them when the transform starts.
/// </summary>
public sealed class ValidationRule
{
    public required string Name { get; init; }

    public required string FieldName { get; init; }

    public bool NullAllowed { get; init; }

    public bool OnlyNullAllowed { get; init; }

    public bool OnlyNumericAllowed { get; init; }

    public bool DataTypeVerified { get; init; }

    public HopValueType DataType { get; init; }

    /// <summary>Layout of the limits and allowed values, which is the source field layout when values come from an info transform.</summary>
    public ValueMeta ConstantMeta { get; set; } = new(string.Empty, HopValueType.None);

    public int MinimumLength { get; init; } = -1;

    public int MaximumLength { get; init; } = -1;

    public string MinimumLengthText { get; init; } = string.Empty;

    public string MaximumLengthText { get; init; } = string.Empty;

    public object? MinimumValue { get; init; }

    public object? MaximumValue { get; init; }

    public List<object> AllowedValues { get; set; } = [];

    public bool SourcingValues { get; init; }

    public string SourcingTransform { get; init; } = string.Empty;

    public string SourcingField { get; init; } = string.Empty;

    public string StartString { get; init; } = string.Empty;

    public string EndString { get; init; } = string.Empty;

    public string StartStringNotAllowed { get; init; } = string.Empty;

    public string EndStringNotAllowed { get; init; } = string.Empty;

    public string RegularExpressionText { get; init; } = string.Empty;

    public string RegularExpressionNotAllowedText { get; init; } = string.Empty;

    public Regex? RegularExpression { get; init; }

    public Regex? RegularExpressionNotAllowed { get; init; }

    /// <summary>Error code sent to the error hop instead of Hop's KVD code, when set.</summary>
    public string ErrorCode { get; init; } = string.Empty;

    /// <summary>Error description sent to the error hop instead of the generated message, when set.</summary>
    public string ErrorDescription { get; init; } = string.Empty;

    /// <summary>True when a rule needs the value rendered as a string (lengths, prefixes, suffixes, patterns).</summary>
    public bool NeedsText =>
        MinimumLength >= 0 || MaximumLength >= 0 || StartString.Length > 0 || EndString.Length > 0 ||
        StartStringNotAllowed.Length > 0 || EndStringNotAllowed.Length > 0 ||
        RegularExpression is not null || RegularExpressionNotAllowed is not null;

    /// <summary>Reads one validation, resolving variables with <paramref name="resolve"/>.</summary>
    public static ValidationRule Read(XElement element, int number, Func<string?, string> resolve)
    {
        var name = element.TagOrEmpty("validation_name");
        var fieldName = element.TagOrEmpty("name");
        var label = $"validation {number} ('{(name.Length > 0 ? name : fieldName)}')";
        if (fieldName.Length == 0)
        {
            throw new HopException($"{label} has no field name.");
        }

        var dataType = HopValueTypes.Parse(element.Tag("data_type"));
        var constantMeta = new ValueMeta(fieldName, dataType)
        {
            ConversionMask = NullIfEmpty(resolve(element.Tag("conversion_mask"))),
            DecimalSymbol = NullIfEmpty(resolve(element.Tag("decimal_symbol"))),
            GroupingSymbol = NullIfEmpty(resolve(element.Tag("grouping_symbol"))),
        };
        var minimumLengthText = resolve(element.Tag("min_length"));
        var maximumLengthText = resolve(element.Tag("max_length"));
        var regex = resolve(element.Tag("regular_expression"));
        var regexNotAllowed = resolve(element.Tag("regular_expression_not_allowed"));
        var allowed = element.Element("allowed_value")?.Elements("value")
            .Select(v => Limit(constantMeta, resolve(v.Value), label, "allowed value"))
            .OfType<object>().ToList() ?? [];
        return new ValidationRule
        {
            Name = name,
            FieldName = fieldName,
            NullAllowed = element.Flag("null_allowed"),
            OnlyNullAllowed = element.Flag("only_null_allowed"),
            OnlyNumericAllowed = element.Flag("only_numeric_allowed"),
            DataTypeVerified = element.Flag("data_type_verified"),
            DataType = dataType,
            ConstantMeta = constantMeta,
            MinimumLengthText = element.TagOrEmpty("min_length"),
            MaximumLengthText = element.TagOrEmpty("max_length"),
            MinimumLength = Length(minimumLengthText, label, "minimum length"),
            MaximumLength = Length(maximumLengthText, label, "maximum length"),
            MinimumValue = Limit(constantMeta, resolve(element.Tag("min_value")), label, "minimum value"),
            MaximumValue = Limit(constantMeta, resolve(element.Tag("max_value")), label, "maximum value"),
            AllowedValues = allowed,
            SourcingValues = element.Flag("is_sourcing_values"),
            SourcingTransform = element.TagOrEmpty("sourcing_transform"),
            SourcingField = element.TagOrEmpty("sourcing_field"),
            StartString = resolve(element.Tag("start_string")),
            EndString = resolve(element.Tag("end_string")),
            StartStringNotAllowed = resolve(element.Tag("start_string_not_allowed")),
            EndStringNotAllowed = resolve(element.Tag("end_string_not_allowed")),
            RegularExpressionText = regex,
            RegularExpressionNotAllowedText = regexNotAllowed,
            RegularExpression = Pattern(regex, label),
            RegularExpressionNotAllowed = Pattern(regexNotAllowed, label),
            ErrorCode = resolve(element.Tag("error_code")),
            ErrorDescription = resolve(element.Tag("error_description")),
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static int Length(string text, string label, string settingName)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length))
        {
            throw new HopException($"{label} has an invalid {settingName} '{text}': expected a whole number.");
        }

        return length;
    }

    private static object? Limit(ValueMeta meta, string text, string label, string settingName)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (meta.Type == HopValueType.None)
        {
            throw new HopException($"{label} has a {settingName} '{text}' but no data type to convert it to, so set the data type.");
        }

        try
        {
            return ValueConverter.FromString(meta, text);
        }
        catch (Exception exception)
            when (exception is FormatException or InvalidCastException or OverflowException or HopException)
        {
            throw new HopException(
                $"{label}: the {settingName} '{text}' cannot be converted to {HopValueTypes.Name(meta.Type)}: {exception.Message}",
                exception);
        }
    }

    private static Regex? Pattern(string text, string label)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JavaRegex.CompileWhole(text);
        }
        catch (ArgumentException exception)
        {
            throw new HopException($"{label} has an invalid regular expression '{text}': {exception.Message}", exception);
        }
    }
}
