using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// Renders JSON values as text the way Hop's JSON transforms do: strings without quotes, whole numbers
/// as written, fractional numbers as Java's Double.toString writes them, objects and arrays as compact JSON.
/// </summary>
public static class JsonText
{
    public static JsonSerializerOptions CompactOptions { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? ToText(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                return node.GetValue<string>();
            case JsonValueKind.Number:
                return NumberText(node.ToJsonString());
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return null;
            default:
                return node.ToJsonString(CompactOptions);
        }
    }

    /// <summary>True when the number has no fraction or exponent, so a JSON parser reads it as an integer.</summary>
    public static bool IsWholeNumber(string raw) => !raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E');

    private static string NumberText(string raw)
    {
        if (IsWholeNumber(raw))
        {
            return raw;
        }

        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return JavaDouble(value);
    }

    /// <summary>Formats a double as Java's Double.toString: plain between 10^-3 and 10^7, scientific otherwise.</summary>
    public static string JavaDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e7))
        {
            var plain = value.ToString("R", CultureInfo.InvariantCulture);
            if (plain.Contains('E'))
            {
                plain = value.ToString("0.0###################", CultureInfo.InvariantCulture);
            }

            return plain.Contains('.') ? plain : plain + ".0";
        }

        var scientific = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentIndex = scientific.IndexOf('E');
        string mantissa;
        int exponent;
        if (exponentIndex < 0)
        {
            exponent = (int)Math.Floor(Math.Log10(magnitude));
            mantissa = (value / Math.Pow(10, exponent)).ToString("R", CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = scientific[..exponentIndex];
            exponent = int.Parse(scientific[(exponentIndex + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        if (!mantissa.Contains('.'))
        {
            mantissa += ".0";
        }

        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
