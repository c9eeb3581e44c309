using System.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// Writes a flat JSON object the way json-simple's <c>JSONObject.toJSONString()</c> does in Hop, with members in
/// the iteration order of a Java <c>HashMap</c> and '/' escaped as "\/".
/// </summary>
public static class JsonSimpleObject
{
    /// <summary>Writes the members, given in insertion order. A later duplicate key replaces the earlier value.</summary>
    public static string Write(IReadOnlyList<(string Key, string? Value)> members)
    {
        var unique = new List<(string Key, string? Value)>();
        foreach (var member in members)
        {
            var index = unique.FindIndex(m => m.Key == member.Key);
            if (index >= 0)
            {
                unique[index] = member;
            }
            else
            {
                unique.Add(member);
            }
        }

        var ordered = JavaHashMapOrder.Order(unique, member => member.Key);

        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in ordered)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            builder.Append('"').Append(Escape(key)).Append("\":");
            builder.Append(value is null ? "null" : "\"" + Escape(value) + "\"");
        }

        return builder.Append('}').ToString();
    }

    /// <summary>json-simple's escaping: quotes, backslash, '/', control characters and a few Unicode ranges.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '/': builder.Append("\\/"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c <= '\u001F' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u2000' && c <= '\u20FF'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
