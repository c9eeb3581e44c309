using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// Parses JSON text the way Hop's Json value type does. Hop reads with a Jackson mapper that enables only
/// ALLOW_UNQUOTED_FIELD_NAMES, so object keys may be bare names (letters, digits, '_', '$', '@', '#', '*', '-',
/// '+' and other Java identifier characters) while strings still need double quotes. Like Jackson's readTree,
/// it reads the first value and ignores any text after it, and a repeated key keeps its last value.
/// </summary>
public static class LenientJson
{
    /// <summary>
    /// Parses one JSON value; throws <see cref="JsonException"/> when the text is not valid JSON. Without
    /// <paramref name="allowUnquotedFieldNames"/> it reads as Hop's default Jackson mapper, which needs quoted keys.
    /// </summary>
    public static JsonNode? Parse(string text, bool allowUnquotedFieldNames = true)
    {
        var quoted = allowUnquotedFieldNames ? QuoteFieldNames(text) : text;
        var bytes = Encoding.UTF8.GetBytes(quoted);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        if (!reader.Read())
        {
            throw new JsonException("The JSON text contains no value.");
        }

        var element = JsonElement.ParseValue(ref reader);
        return ToNode(element);
    }

    // Builds the node by hand because JsonNode.Parse rejects a repeated key, where Jackson keeps the last value.
    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var node = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    node[property.Name] = ToNode(property.Value);
                }

                return node;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.Null:
                return null;
            default:
                return JsonValue.Create(element);
        }
    }

    /// <summary>Rewrites bare object keys as quoted strings and leaves all other text as it is.</summary>
    public static string QuoteFieldNames(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        var containers = new Stack<char>();
        var expectName = false;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                index = CopyString(text, index, output);
                expectName = false;
                continue;
            }

            if (expectName && IsNamePart(c))
            {
                var start = index;
                while (index < text.Length && IsNamePart(text[index]))
                {
                    index++;
                }

                output.Append('"').Append(text, start, index - start).Append('"');
                expectName = false;
                continue;
            }

            switch (c)
            {
                case '{':
                    containers.Push('{');
                    expectName = true;
                    break;
                case '[':
                    containers.Push('[');
                    expectName = false;
                    break;
                case '}' or ']':
                    if (containers.Count > 0)
                    {
                        containers.Pop();
                    }

                    expectName = false;
                    break;
                case ',':
                    expectName = containers.Count > 0 && containers.Peek() == '{';
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        expectName = false;
                    }

                    break;
            }

            output.Append(c);
            index++;
        }

        return output.ToString();
    }

    private static int CopyString(string text, int index, StringBuilder output)
    {
        output.Append(text[index]);
        index++;
        while (index < text.Length)
        {
            var c = text[index];
            output.Append(c);
            index++;
            if (c == '\\' && index < text.Length)
            {
                output.Append(text[index]);
                index++;
            }
            else if (c == '"')
            {
                break;
            }
        }

        return index;
    }

    // Jackson's table for bare names, used for the first character too: Java identifier parts from code 33 up,
    // plus '@', '#', '*', '-' and '+'.
    private static bool IsNamePart(char c)
    {
        if (c is '@' or '#' or '*' or '-' or '+')
        {
            return true;
        }

        if (c < 33)
        {
            return false;
        }

        return char.IsLetterOrDigit(c) || c is '_' or '$' || IsJavaIdentifierExtra(c);
    }

    // Java identifier parts that are not letters or digits: connector and currency symbols, combining marks,
    // and the ignorable control characters 0x7F-0x9F.
    private static bool IsJavaIdentifierExtra(char c)
    {
        if (c is >= '\u007F' and <= '\u009F')
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.CurrencySymbol
            or System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.Format;
    }
}
