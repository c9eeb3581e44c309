using System.Globalization;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;

/// <summary>
/// One formula of the Formula transform: the new field (or the field it replaces), the spreadsheet
/// expression with <c>[field]</c> references, the result type, and whether null inputs become <c>NA()</c>.
/// </summary>
internal sealed record FormulaDefinition(
    string FieldName,
    string Expression,
    HopValueType ValueType,
    int Length,
    int Precision,
    string? ReplaceField,
    bool SetNa)
{
    public static FormulaDefinition Read(XElement element) => new(
        element.TagOrEmpty("field_name"),
        element.TagOrEmpty("formula"),
        ParseType(element.Tag("value_type")),
        element.Int("value_length", -1),
        element.Int("value_precision", -1),
        string.IsNullOrEmpty(element.Tag("replace_field")) ? null : element.Tag("replace_field"),
        element.Flag("set_na"));

    /// <summary>
    /// Lists the field names referenced as <c>[name]</c>, in order of appearance and with repeats, the way
    /// Hop scans the expression: an opening bracket without a closing one is skipped.
    /// </summary>
    public static List<string> ReferencedFields(string expression)
    {
        var fields = new List<string>();
        var from = 0;
        while (from < expression.Length)
        {
            var start = expression.IndexOf('[', from);
            if (start < 0)
            {
                break;
            }

            var end = expression.IndexOf(']', start);
            if (end < 0)
            {
                break;
            }

            fields.Add(expression[(start + 1)..end]);
            from = end + 1;
        }

        return fields;
    }

    /// <summary>Reads the result type, which Hop stores as its numeric type id (older files use the name).</summary>
    private static HopValueType ParseType(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && Enum.IsDefined((HopValueType)id)
            ? (HopValueType)id
            : HopValueTypes.Parse(text);
}
