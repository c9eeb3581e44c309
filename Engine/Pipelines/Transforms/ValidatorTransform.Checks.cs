using System.Globalization;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>The per-row checks of the Data validator, in Hop's order, with Hop's KVD error codes.</summary>
public sealed partial class ValidatorTransform
{
    private List<ValidationFailure> Validate(RowMeta input, object?[] row)
    {
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (!ValidateField(rules[i], input[fieldIndexes[i]], row[fieldIndexes[i]], input, row, failures) && !validateAll)
            {
                break;
            }
        }

        return failures;
    }

    /// <summary>Adds the failures of one validation and returns false when it added one.</summary>
    private bool ValidateField(
        ValidationRule rule,
        ValueMeta meta,
        object? value,
        RowMeta input,
        object?[] row,
        List<ValidationFailure> failures)
    {
        var name = rule.FieldName;
        var isNull = ValueConverter.IsNull(meta, value);
        var before = failures.Count;
        bool Fail(int code, string message)
        {
            failures.Add(NewFailure(rule, code, message));
            return validateAll;
        }

        if (!rule.NullAllowed && isNull && !Fail(1,
            $"During validation of field '{name}' we found that its value is null in row <{RowText(input, row)}> " +
            "when this is not allowed."))
        {
            return false;
        }

        if (rule.OnlyNullAllowed && !isNull && !Fail(15,
            $"During validation of field '{name}' we found that value [{RowText(input, row)}] is not null while " +
            "only null values are allowed"))
        {
            return false;
        }

        if (rule.DataTypeVerified && rule.DataType != HopValueType.None && rule.DataType != meta.Type && !Fail(4,
            $"During validation of field '{name}' we found that its data type [{TypeText(meta)}] is different " +
            $"from the expected [{TypeText(rule.ConstantMeta)}]."))
        {
            return false;
        }

        if (isNull)
        {
            return failures.Count == before;
        }

        var text = rule.NeedsText ? ValueConverter.ToText(meta, value) ?? string.Empty : string.Empty;
        var valueText = ValueText(meta, value);
        if (rule.MinimumLength >= 0 && text.Length < rule.MinimumLength && !Fail(3,
            $"During validation of field '{name}' we found that value [{valueText}] has a shorter ({text.Length}) " +
            $"string length than allowed ({rule.MinimumLengthText})."))
        {
            return false;
        }

        if (rule.MaximumLength >= 0 && text.Length > rule.MaximumLength && !Fail(2,
            $"During validation of field '{name}' we found that value [{valueText}] has a longer ({text.Length}) " +
            $"string length than allowed ({rule.MaximumLengthText})."))
        {
            return false;
        }

        if (rule.MinimumValue is not null && Compare(meta, value, rule, rule.MinimumValue) < 0 && !Fail(5,
            $"During validation of field '{name}' we found that value [{valueText}] is lower than the specified " +
            $"minimum [{ValueConverter.ToText(rule.ConstantMeta, rule.MinimumValue)}]"))
        {
            return false;
        }

        if (rule.MaximumValue is not null && Compare(meta, value, rule, rule.MaximumValue) > 0 && !Fail(6,
            $"During validation of field '{name}' we found that value [{valueText}] is higher than the specified " +
            $"maximum [{ValueConverter.ToText(rule.ConstantMeta, rule.MaximumValue)}]"))
        {
            return false;
        }

        if ((rule.SourcingValues || rule.AllowedValues.Count > 0)
            && !rule.AllowedValues.Any(allowed => Compare(meta, value, rule, allowed) == 0) && !Fail(7,
            $"During validation of field '{name}' we found that value [{valueText}] is not in the list of allowed values."))
        {
            return false;
        }

        if (rule.OnlyNumericAllowed && !IsNumeric(meta, value) && !Fail(8,
            $"During validation of field '{name}' we found that value [{TypeText(meta)}] contains non-numeric " +
            $"information : [{valueText}]"))
        {
            return false;
        }

        var checks = new (bool Failed, int Code, string Message)[]
        {
            (rule.StartString.Length > 0 && !text.StartsWith(rule.StartString, StringComparison.Ordinal), 9,
                $"During validation of field '{name}' we found that string value [{valueText}] is not starting with " +
                $"string [{rule.StartString}]"),
            (rule.EndString.Length > 0 && !text.EndsWith(rule.EndString, StringComparison.Ordinal), 10,
                $"During validation of field '{name}' we found that string value [{valueText}] is not ending with " +
                $"string [{rule.EndString}]"),
            (rule.StartStringNotAllowed.Length > 0 && text.StartsWith(rule.StartStringNotAllowed, StringComparison.Ordinal), 11,
                $"During validation of field '{name}' we found that string value [{valueText}] is starts with " +
                $"string [{rule.StartStringNotAllowed}]"),
            (rule.EndStringNotAllowed.Length > 0 && text.EndsWith(rule.EndStringNotAllowed, StringComparison.Ordinal), 12,
                $"During validation of field '{name}' we found that string value [{valueText}] is ending with " +
                $"string [{rule.EndStringNotAllowed}]"),
            (rule.RegularExpression is { } expected && !expected.IsMatch(text), 13,
                $"During validation of field '{name}' we found that value [{valueText}] is not matching regular " +
                $"expression [{rule.RegularExpressionText}]"),
            (rule.RegularExpressionNotAllowed is { } forbidden && forbidden.IsMatch(text), 14,
                $"During validation of field '{name}' we found that value [{valueText}] is matching regular " +
                $"expression [{rule.RegularExpressionNotAllowedText}]"),
        };
        foreach (var (failed, code, message) in checks)
        {
            if (failed && !Fail(code, message))
            {
                return false;
            }
        }

        return failures.Count == before;
    }

    private int Compare(ValueMeta meta, object? value, ValidationRule rule, object limit)
    {
        try
        {
            return ValueCompare.Compare(meta, value, rule.ConstantMeta, limit);
        }
        catch (Exception exception)
            when (exception is FormatException or InvalidCastException or OverflowException or HopException)
        {
            throw Failure($"validation '{rule.Name}' cannot compare value [{ValueText(meta, value)}] of field " +
                $"'{rule.FieldName}' with [{ValueConverter.ToText(rule.ConstantMeta, limit)}]: {exception.Message}",
                exception);
        }
    }

    private static bool IsNumeric(ValueMeta meta, object? value)
    {
        if (meta.Type is HopValueType.Integer or HopValueType.Number or HopValueType.BigNumber)
        {
            return true;
        }

        var text = ValueConverter.ToText(meta, value) ?? string.Empty;
        return text.All(c => c is >= '0' and <= '9');
    }

    /// <summary>A value layout as Hop's toStringMeta writes it, for example "String(15)" or "Number(7, 2)".</summary>
    private static string TypeText(ValueMeta meta)
    {
        var name = HopValueTypes.Name(meta.Type);
        if (meta.Length <= 0 || meta.Type is not (HopValueType.String or HopValueType.Integer or HopValueType.Number or HopValueType.BigNumber))
        {
            return name;
        }

        var precision = meta.Type is HopValueType.Number or HopValueType.BigNumber && meta.Precision > 0
            ? ", " + meta.Precision.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        return $"{name}({meta.Length.ToString(CultureInfo.InvariantCulture)}{precision})";
    }

    private static ValidationFailure NewFailure(ValidationRule rule, int code, string message) => new(
        rule.FieldName,
        rule.ErrorCode.Length > 0 ? rule.ErrorCode : "KVD" + code.ToString("000", CultureInfo.InvariantCulture),
        rule.ErrorDescription.Length > 0 ? rule.ErrorDescription : message);

    private sealed record ValidationFailure(string FieldName, string Code, string Description);
}
