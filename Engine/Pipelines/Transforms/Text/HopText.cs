using System.Net;
using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;

/// <summary>Text helpers with the exact behaviour of Hop's Const and ValueDataUtil string functions.</summary>
public static class HopText
{
    private static readonly char[] InitCapDelimiters = [' ', '_', ',', ':', ';', '-'];

    /// <summary>Hop's notion of white space: space, tab, CR, LF and every Unicode white-space character.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    public static string TrimLeft(string text)
    {
        var from = 0;
        while (from < text.Length && IsSpace(text[from]))
        {
            from++;
        }

        return text[from..];
    }

    public static string TrimRight(string text)
    {
        var end = text.Length;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    public static string Trim(string text) => TrimRight(TrimLeft(text));

    /// <summary>Pads on the left with the filler repeated, cutting the filler so the result has exactly the size.</summary>
    public static string LeftPad(string text, string? filler, int size)
    {
        if (size <= 0 || string.IsNullOrEmpty(filler) || text.Length >= size)
        {
            return text;
        }

        var fill = Repeat(filler, size - text.Length);
        var padded = fill + text;
        return padded[Math.Max(0, padded.Length - size)..];
    }

    public static string RightPad(string text, string? filler, int size)
    {
        if (size <= 0 || string.IsNullOrEmpty(filler) || text.Length >= size)
        {
            return text;
        }

        return (text + Repeat(filler, size - text.Length))[..size];
    }

    private static string Repeat(string filler, int minimumLength)
    {
        var builder = new StringBuilder(filler);
        while (builder.Length < minimumLength)
        {
            builder.Append(builder.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Keeps only digits; like Hop it returns null for null or empty text.</summary>
    public static string? DigitsOnly(string? text) =>
        string.IsNullOrEmpty(text) ? null : new string(text.Where(char.IsDigit).ToArray());

    public static string? RemoveDigits(string? text) =>
        string.IsNullOrEmpty(text) ? null : new string(text.Where(c => !char.IsDigit(c)).ToArray());

    public static string RemoveCharacters(string text, params char[] characters) =>
        new(text.Where(c => Array.IndexOf(characters, c) < 0).ToArray());

    /// <summary>Lower-cases the text and upper-cases the first letter of each word, words ending at space, _ , : ; or -.</summary>
    public static string InitCap(string text)
    {
        var builder = new StringBuilder(text.Length);
        var capitalize = true;
        foreach (var c in text)
        {
            if (Array.IndexOf(InitCapDelimiters, c) >= 0)
            {
                builder.Append(c);
                capitalize = true;
                continue;
            }

            builder.Append(capitalize ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            capitalize = false;
        }

        return builder.ToString();
    }

    /// <summary>Escapes the five XML 1.0 entities as Apache Commons Text's escapeXml10 does.</summary>
    public static string EscapeXml(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&apos;", StringComparison.Ordinal);

    public static string UnescapeXml(string text) => WebUtility.HtmlDecode(text);

    /// <summary>
    /// Escapes HTML special characters. NOTE: Commons Text also writes named entities for Latin-1 letters
    /// (é as &amp;eacute;), which this does not.
    /// </summary>
    public static string EscapeHtml(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    public static string UnescapeHtml(string text) => WebUtility.HtmlDecode(text);

    public static string EscapeSql(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    public static string ProtectCdata(string text) => "<![CDATA[" + text + "]]>";
}
