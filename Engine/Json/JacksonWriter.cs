using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// Writes JSON trees as Jackson 2's ObjectMapper does in Hop: compact output without spaces, or the
/// DefaultPrettyPrinter layout ("key" : value, objects indented by two spaces per level, arrays inline as
/// "[ a, b ]", "{ }" and "[ ]" when empty). Doubles are written as Java's Double.toString, BigNumber values
/// as Java's BigDecimal.toString after Jackson's node factory strips trailing zeros, and strings escape only
/// quotes, backslashes and control characters.
/// </summary>
public static class JacksonWriter
{
    private const string Indent = "  ";

    /// <summary>Writes one node, or a list of nodes as a JSON array.</summary>
    public static string Write(object? value, bool pretty)
    {
        var output = new StringBuilder();
        WriteAny(output, value, pretty, 0);
        return output.ToString();
    }

    /// <summary>Formats a decimal as Jackson writes a BigDecimal node: trailing zeros stripped, then BigDecimal.toString.</summary>
    public static string JavaBigDecimal(decimal value)
    {
        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var scale = point < 0 ? 0 : text.Length - point - 1;
        var digits = (point < 0 ? text : text.Remove(point, 1)).TrimStart('0');
        while (digits.Length > 1 && digits[^1] == '0')
        {
            digits = digits[..^1];
            scale--;
        }

        var adjusted = digits.Length - 1 - scale;
        string result;
        if (scale >= 0 && adjusted >= -6)
        {
            if (scale == 0)
            {
                result = digits;
            }
            else if (digits.Length > scale)
            {
                result = digits[..^scale] + "." + digits[^scale..];
            }
            else
            {
                result = "0." + new string('0', scale - digits.Length) + digits;
            }
        }
        else
        {
            var mantissa = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
            var sign = adjusted > 0 ? "+" : string.Empty;
            result = mantissa + "E" + sign + adjusted.ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + result : result;
    }

    private static void WriteAny(StringBuilder output, object? value, bool pretty, int level)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject node:
                WriteObject(output, node, pretty, level);
                break;
            case JsonArray array:
                WriteArray(output, array.ToList(), pretty, level);
                break;
            case JsonValue leaf:
                WriteValue(output, leaf);
                break;
            case IEnumerable<JsonNode?> list:
                WriteArray(output, list.ToList(), pretty, level);
                break;
            default:
                throw new ArgumentException($"Unsupported JSON value type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteObject(StringBuilder output, JsonObject node, bool pretty, int level)
    {
        output.Append('{');
        var count = 0;
        foreach (var property in node)
        {
            if (count > 0)
            {
                output.Append(',');
            }

            if (pretty)
            {
                NewLine(output, level + 1);
            }

            WriteString(output, property.Key);
            output.Append(pretty ? " : " : ":");
            WriteAny(output, property.Value, pretty, level + 1);
            count++;
        }

        if (pretty)
        {
            if (count > 0)
            {
                NewLine(output, level);
            }
            else
            {
                output.Append(' ');
            }
        }

        output.Append('}');
    }

    // Jackson's pretty printer keeps arrays on one line and does not indent deeper for them.
    private static void WriteArray(StringBuilder output, List<JsonNode?> items, bool pretty, int level)
    {
        output.Append('[');
        if (pretty)
        {
            output.Append(' ');
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Append(pretty ? ", " : ",");
            }

            WriteAny(output, items[i], pretty, level);
        }

        if (pretty && items.Count > 0)
        {
            output.Append(' ');
        }

        output.Append(']');
    }

    private static void NewLine(StringBuilder output, int level)
    {
        output.Append('\n');
        for (var i = 0; i < level; i++)
        {
            output.Append(Indent);
        }
    }

    private static void WriteValue(StringBuilder output, JsonValue leaf)
    {
        if (leaf.TryGetValue<JsonElement>(out var element))
        {
            WriteElement(output, element);
        }
        else if (leaf.TryGetValue<long>(out var integer))
        {
            output.Append(integer.ToString(CultureInfo.InvariantCulture));
        }
        else if (leaf.TryGetValue<int>(out var small))
        {
            output.Append(small.ToString(CultureInfo.InvariantCulture));
        }
        else if (leaf.TryGetValue<double>(out var number))
        {
            WriteDouble(output, number);
        }
        else if (leaf.TryGetValue<decimal>(out var big))
        {
            output.Append(JavaBigDecimal(big));
        }
        else if (leaf.TryGetValue<bool>(out var flag))
        {
            output.Append(flag ? "true" : "false");
        }
        else
        {
            WriteString(output, leaf.GetValue<string>());
        }
    }

    private static void WriteElement(StringBuilder output, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(output, element.GetString()!);
                break;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                if (JsonText.IsWholeNumber(raw))
                {
                    output.Append(BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    WriteDouble(output, double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
                }

                break;
            default:
                output.Append(element.GetRawText());
                break;
        }
    }

    // Jackson quotes NaN and the infinities because QUOTE_NON_NUMERIC_NUMBERS is on by default.
    private static void WriteDouble(StringBuilder output, double value)
    {
        var text = JsonText.JavaDouble(value);
        if (double.IsFinite(value))
        {
            output.Append(text);
        }
        else
        {
            output.Append('"').Append(text).Append('"');
        }
    }

    private static void WriteString(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case < ' ':
                    output.Append("\\u00").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        output.Append('"');
    }
}
