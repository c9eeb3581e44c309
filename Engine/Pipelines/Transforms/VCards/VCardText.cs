using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>Escapes, unescapes and splits vCard property values.</summary>
public static class VCardText
{
    /// <summary>Escapes backslashes, commas, semicolons and line breaks of a text value.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or ',' or ';':
                    text.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    text.Append("\\n");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Removes the escapes of a text value: <c>\n</c> becomes a line break and a backslash keeps the character after it.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            i++;
            text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
        }

        return text.ToString();
    }

    /// <summary>Splits a value at the separators that are not escaped and unescapes each part.</summary>
    public static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
                continue;
            }

            if (value[i] == separator)
            {
                parts.Add(Unescape(value[start..i]));
                start = i + 1;
            }
        }

        parts.Add(Unescape(value[start..]));
        return parts;
    }
}
