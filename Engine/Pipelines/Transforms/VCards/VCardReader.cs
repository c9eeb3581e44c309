using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>
/// Parses the vCards (versions 2.1, 3.0 and 4.0) of a text leniently: folded lines are joined, lines outside
/// BEGIN:VCARD and END:VCARD are skipped, as are lines without a colon, and quoted-printable values are decoded.
/// </summary>
public static class VCardReader
{
    /// <summary>Returns the content lines of each vCard in the text, in order.</summary>
    public static List<List<VCardEntry>> ReadAll(string text)
    {
        var cards = new List<List<VCardEntry>>();
        List<VCardEntry>? card = null;
        var depth = 0;
        foreach (var line in Unfold(text))
        {
            if (Parse(line) is not { } entry)
            {
                continue;
            }

            if (entry.Name == "BEGIN" && entry.RawValue.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                depth++;
                card ??= [];
                continue;
            }

            if (entry.Name == "END" && entry.RawValue.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                depth--;
                if (depth <= 0 && card is not null)
                {
                    cards.Add(card);
                    card = null;
                    depth = 0;
                }

                continue;
            }

            // Lines of a nested vCard (a vCard 2.1 AGENT) are not part of the outer card.
            if (card is not null && depth == 1)
            {
                card.Add(Decode(entry));
            }
        }

        return cards;
    }

    private static IEnumerable<string> Unfold(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var current = new StringBuilder();
        var quotedPrintable = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && current.Length > 0)
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (quotedPrintable && current.Length > 0 && current[^1] == '=')
            {
                current.Length--;
                current.Append(line);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(line);
            quotedPrintable = line.Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static VCardEntry? Parse(string line)
    {
        var colon = FindUnquoted(line, ':', 0);
        if (colon < 0)
        {
            return null;
        }

        var head = line[..colon];
        var parts = new List<string>();
        var start = 0;
        int separator;
        while ((separator = FindUnquoted(head, ';', start)) >= 0)
        {
            parts.Add(head[start..separator]);
            start = separator + 1;
        }

        parts.Add(head[start..]);
        var name = parts[0].Trim();
        var dot = name.LastIndexOf('.');
        name = (dot >= 0 ? name[(dot + 1)..] : name).ToUpperInvariant();
        var parameters = new List<KeyValuePair<string, List<string>>>();
        foreach (var parameter in parts.Skip(1))
        {
            var equals = parameter.IndexOf('=');
            var (key, values) = equals < 0
                ? (BareParameterName(parameter.Trim()), new List<string> { parameter.Trim() })
                : (parameter[..equals].Trim().ToUpperInvariant(), SplitValues(parameter[(equals + 1)..]));
            parameters.Add(new(key, values));
        }

        return new VCardEntry(name, parameters, line[(colon + 1)..]);
    }

    private static string BareParameterName(string value) => value.ToUpperInvariant() switch
    {
        "QUOTED-PRINTABLE" or "BASE64" or "8BIT" or "7BIT" or "B" => "ENCODING",
        _ => "TYPE",
    };

    private static List<string> SplitValues(string text)
    {
        var values = new List<string>();
        var start = 0;
        int comma;
        while ((comma = FindUnquoted(text, ',', start)) >= 0)
        {
            values.Add(text[start..comma].Trim().Trim('"'));
            start = comma + 1;
        }

        values.Add(text[start..].Trim().Trim('"'));
        return values;
    }

    private static int FindUnquoted(string text, char wanted, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == wanted && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static VCardEntry Decode(VCardEntry entry)
    {
        if (!string.Equals(entry.Parameter("ENCODING"), "QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
        {
            return entry;
        }

        var bytes = new List<byte>();
        var raw = entry.RawValue;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '=' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
        }

        var charset = entry.Parameter("CHARSET");
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrEmpty(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        return entry with { RawValue = encoding.GetString(bytes.ToArray()) };
    }
}
