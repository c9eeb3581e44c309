using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Properties;

/// <summary>
/// Parses the Java .properties format as java.util.Properties.load does: '#' and '!' comment lines, keys
/// ending at an unescaped '=', ':' or whitespace, a line ending in an odd number of backslashes continuing
/// on the next line, and the escapes \t, \n, \r, \f and \uXXXX (any other escaped character is itself).
/// </summary>
public static class JavaPropertiesReader
{
    /// <summary>Returns the key/value pairs in file order; a repeated key appears once per occurrence.</summary>
    public static List<KeyValuePair<string, string>> Parse(TextReader reader)
    {
        var result = new List<KeyValuePair<string, string>>();
        while (ReadLogicalLine(reader) is { } line)
        {
            result.Add(SplitLine(line));
        }

        return result;
    }

    /// <summary>Reads the next non-blank, non-comment logical line with its continuations joined.</summary>
    private static string? ReadLogicalLine(TextReader reader)
    {
        while (reader.ReadLine() is { } natural)
        {
            var start = SkipWhitespace(natural, 0);
            if (start == natural.Length || natural[start] is '#' or '!')
            {
                continue;
            }

            var line = new StringBuilder(natural[start..]);
            while (EndsWithOddBackslashes(line) && reader.ReadLine() is { } next)
            {
                line.Length--;
                line.Append(next.AsSpan(SkipWhitespace(next, 0)));
            }

            if (EndsWithOddBackslashes(line))
            {
                line.Length--;
            }

            return line.ToString();
        }

        return null;
    }

    private static KeyValuePair<string, string> SplitLine(string line)
    {
        var keyEnd = 0;
        var escaped = false;
        while (keyEnd < line.Length)
        {
            var c = line[keyEnd];
            if (!escaped && (c is '=' or ':' || IsWhitespace(c)))
            {
                break;
            }

            escaped = c == '\\' && !escaped;
            keyEnd++;
        }

        var valueStart = SkipWhitespace(line, keyEnd);
        if (valueStart < line.Length && line[valueStart] is '=' or ':')
        {
            valueStart = SkipWhitespace(line, valueStart + 1);
        }

        return new(Unescape(line[..keyEnd]), Unescape(line[valueStart..]));
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var c = text[++i];
            switch (c)
            {
                case 't':
                    result.Append('\t');
                    break;
                case 'n':
                    result.Append('\n');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case 'f':
                    result.Append('\f');
                    break;
                case 'u':
                    if (text.Length - i - 1 < 4
                        || !int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new FormatException($"Malformed \\uxxxx encoding in '{text}'.");
                    }

                    result.Append((char)code);
                    i += 4;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool EndsWithOddBackslashes(StringBuilder line)
    {
        var count = 0;
        for (var i = line.Length - 1; i >= 0 && line[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && IsWhitespace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f';
}
