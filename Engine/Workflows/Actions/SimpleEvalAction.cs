using System.Globalization;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Simple evaluation: compares a variable, a field of the first result row, the number of result files
/// or the previous log text with a value, as a string, number, date or boolean. A false comparison is
/// a plain false result; only a value that cannot be read or parsed counts as an error.
/// </summary>
[Action("SIMPLE_EVAL")]
public sealed class SimpleEvalAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken) =>
        Task.FromResult(Evaluate(previous));

    private HopResult Evaluate(HopResult result)
    {
        var valueType = Setting("valuetype");
        string source;
        switch (valueType)
        {
            case "variable":
                var variableName = Setting("variablename");
                if (string.IsNullOrEmpty(variableName))
                {
                    return Error(result, "no variable name is set.");
                }

                if (Meta.Element.Flag("successwhenvarset"))
                {
                    var bare = BareVariableName(variableName);
                    var isSet = Variables.Get(bare) is not null;
                    Log.Detailed(Name, isSet ? $"Variable '{bare}' is set" : $"Variable '{bare}' is not set");
                    return result.Succeeded(isSet);
                }

                // A bare name is read as ${name}; a setting with ${...} or %%...%% is resolved as it is.
                var isExpression = variableName.Contains("${") || variableName.Contains("%%");
                source = Resolve(isExpression ? variableName : "${" + variableName + "}");
                break;
            case "resultfiles":
                source = result.ResultFiles.Count.ToString(CultureInfo.InvariantCulture);
                break;
            case "logtext":
                source = result.LogText ?? string.Empty;
                break;
            default:
                var row = result.Rows.FirstOrDefault();
                if (row is null)
                {
                    return Error(result, "there is no result row to read the field from.");
                }

                var fieldName = Resolve(Setting("fieldname"));
                var index = row.Meta.IndexOf(fieldName);
                if (index < 0)
                {
                    return Error(result, $"the field '{fieldName}' is not in the result row.");
                }

                source = ValueConverter.ToText(row.Meta[index], row.Values[index]) ?? string.Empty;
                break;
        }

        var fieldType = valueType switch
        {
            "resultfiles" => "number",
            "logtext" => "string",
            _ => Setting("fieldtype"),
        };
        var compare = Resolve(Setting("comparevalue"));
        var min = Resolve(Setting("minvalue"));
        var max = Resolve(Setting("maxvalue"));
        var numberCondition = Setting("successnumbercondition");
        string? error = null;
        bool? success = fieldType switch
        {
            "number" => ParseNumber(source) is { } number
                ? OrderedCondition.Evaluate(numberCondition, number, compare, min, max, ParseNumber, out error)
                : null,
            "datetime" => ParseDate(source) is { } date
                ? OrderedCondition.Evaluate(numberCondition, date, compare, min, max, ParseDate, out error)
                : null,
            "boolean" => Setting("successbooleancondition") == "false"
                ? !ValueConverter.ParseBoolean(source)
                : ValueConverter.ParseBoolean(source),
            _ => CompareStrings(source, compare),
        };
        if (success is null)
        {
            return Error(result, error ?? $"cannot parse the value '{source}' as {fieldType}.");
        }

        return result.Succeeded(success.Value);
    }

    private bool CompareStrings(string source, string compare)
    {
        var items = compare.Split(',').Select(p => p.Trim());
        return Setting("successcondition") switch
        {
            "different" => source != compare,
            "contains" => source.Contains(compare, StringComparison.Ordinal),
            "notcontains" => !source.Contains(compare, StringComparison.Ordinal),
            "startswith" => source.StartsWith(compare, StringComparison.Ordinal),
            "notstatwith" => !source.StartsWith(compare, StringComparison.Ordinal),
            "endswith" => source.EndsWith(compare, StringComparison.Ordinal),
            "notendwith" => !source.EndsWith(compare, StringComparison.Ordinal),
            "regexp" => Regex.IsMatch(source, @"\A(?:" + compare + @")\z"),
            "inlist" => items.Contains(source),
            "notinlist" => !items.Contains(source),
            _ => source == compare,
        };
    }

    private HopResult Error(HopResult result, string message)
    {
        Log.Error(Name, message);
        return result.Failed();
    }

    private static string BareVariableName(string text)
    {
        var name = text.Trim();
        if (name.StartsWith("${", StringComparison.Ordinal) || name.StartsWith("%%", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        return name.TrimEnd('}').TrimEnd('%');
    }

    private static double? ParseNumber(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private DateTime? ParseDate(string text)
    {
        var mask = Resolve(Setting("mask"));
        var format = JavaFormats.ToNetDateFormat(string.IsNullOrEmpty(mask) ? "M/d/yy h:mm a" : mask);
        var parsed = DateTime.TryParseExact(
            text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value);
        return parsed ? value : null;
    }
}
