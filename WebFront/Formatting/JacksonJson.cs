using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.WebFront.Formatting;

/// <summary>
/// Writes JSON the way Apache Hop's Jackson default pretty printer does: two-space indents per object
/// level, <c>"key" : value</c>, arrays inline as <c>[ {</c> … <c>}, {</c> … <c>} ]</c>, and empty
/// containers as <c>[ ]</c> and <c>{ }</c>. Hop clients that compare text rely on this layout.
/// </summary>
public static class JacksonJson
{
    public static string Pretty(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    /// <summary>Writes compact JSON (no spaces), as Hop's json-simple output for asyncRun.</summary>
    public static string Compact(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }) ?? "null";

    /// <summary>Formats a double as Java's Double.toString does for the values Hop reports.</summary>
    public static string JavaDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e7)
        {
            return value.ToString("0.0", CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void Write(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{ }");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var (key, value) in obj)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append(' ', (depth + 1) * 2);
            AppendString(builder, key);
            builder.Append(" : ");
            Write(builder, value, depth + 1);
        }

        builder.Append('\n').Append(' ', depth * 2).Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[ ]");
            return;
        }

        builder.Append("[ ");
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, array[i], depth);
        }

        builder.Append(" ]");
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
        {
            AppendString(builder, text);
        }
        else if (value.TryGetValue<bool>(out var flag))
        {
            builder.Append(flag ? "true" : "false");
        }
        else if (value.TryGetValue<double>(out var number) && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out _) is false)
        {
            builder.Append(JavaDouble(number));
        }
        else
        {
            builder.Append(value.ToJsonString());
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
