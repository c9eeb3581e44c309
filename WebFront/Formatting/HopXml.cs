using System.Text;

namespace Orleans.AsyncHop.WebFront.Formatting;

/// <summary>
/// Writes Hop's XML the way its XmlHandler does: one element per line with a newline after each simple
/// tag, empty values as self-closing tags, booleans as Y/N, and text escaped with
/// <c>&amp;amp; &amp;lt; &amp;gt; &amp;#34; &amp;#39;</c>.
/// </summary>
public static class HopXml
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Returns <c>&lt;tag&gt;value&lt;/tag&gt;</c> plus a newline, or <c>&lt;tag/&gt;</c> for an empty value.</summary>
    public static string Tag(string tag, string? value) =>
        string.IsNullOrEmpty(value) ? $"<{tag}/>\n" : $"<{tag}>{Escape(value)}</{tag}>\n";

    public static string Tag(string tag, long value) => $"<{tag}>{value}</{tag}>\n";

    public static string Tag(string tag, bool value) => $"<{tag}>{(value ? "Y" : "N")}</{tag}>\n";

    /// <summary>
    /// Wraps an encoded log in Hop's escaped CDATA marker. Hop's parser strips the first 9 and last 3
    /// characters of the element text, so the marker must be escaped text, not a real CDATA section.
    /// </summary>
    public static string LogPayload(string? encodedLog) => Escape("<![CDATA[" + encodedLog + "]]>");
}
