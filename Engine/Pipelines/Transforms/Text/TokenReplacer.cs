using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;

/// <summary>
/// Replaces tokens such as <c>${NAME}</c> in a text as Hop's TokenReplacingReader does. The text between a
/// start marker and the next end marker is the token name. A known name is replaced by its value, which
/// is not scanned again. An unknown name stays as written, and a start marker without an end marker
/// leaves the rest of the text unchanged.
/// </summary>
public static class TokenReplacer
{
    public static string Replace(string text, string startMarker, string endMarker, IReadOnlyDictionary<string, string> tokens)
    {
        if (startMarker.Length == 0 || endMarker.Length == 0)
        {
            throw new ArgumentException("the token start and end strings must not be empty.");
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(startMarker, position, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var nameStart = start + startMarker.Length;
            var end = text.IndexOf(endMarker, nameStart, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            result.Append(text, position, start - position);
            var name = text[nameStart..end];
            if (tokens.TryGetValue(name, out var value))
            {
                result.Append(value);
            }
            else
            {
                result.Append(text, start, end + endMarker.Length - start);
            }

            position = end + endMarker.Length;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }
}
