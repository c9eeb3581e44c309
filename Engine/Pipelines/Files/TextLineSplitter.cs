using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// Splits one logical line of delimited text as Hop's text file input does: a value that starts with the
/// enclosure runs to the matching closing enclosure, a doubled enclosure or an escaped one is a literal
/// enclosure, and an escape character before the separator keeps the separator in the value.
/// </summary>
public sealed class TextLineSplitter(string separator, string enclosure, string escape)
{
    /// <summary>True when the text ends inside an open enclosure, so the next physical line continues it.</summary>
    public bool EndsInsideEnclosure(string line)
    {
        if (enclosure.Length == 0)
        {
            return false;
        }

        var inside = false;
        var atValueStart = true;
        for (var i = 0; i < line.Length;)
        {
            if (escape.Length > 0 && Matches(line, i, escape) && i + escape.Length < line.Length)
            {
                i += escape.Length + 1;
                atValueStart = false;
                continue;
            }

            if (Matches(line, i, enclosure))
            {
                if (inside && Matches(line, i + enclosure.Length, enclosure))
                {
                    i += 2 * enclosure.Length;
                    continue;
                }

                if (inside || atValueStart)
                {
                    inside = !inside;
                }

                i += enclosure.Length;
                atValueStart = false;
                continue;
            }

            if (!inside && separator.Length > 0 && Matches(line, i, separator))
            {
                i += separator.Length;
                atValueStart = true;
                continue;
            }

            atValueStart = false;
            i++;
        }

        return inside;
    }

    public List<SplitValue> Split(string line)
    {
        var values = new List<SplitValue>();
        var position = 0;
        while (true)
        {
            var (value, next) = ReadValue(line, position);
            values.Add(value);
            if (next < 0)
            {
                return values;
            }

            position = next;
        }
    }

    private (SplitValue Value, int Next) ReadValue(string line, int start)
    {
        var text = new StringBuilder();
        var i = start;
        var enclosed = enclosure.Length > 0 && Matches(line, i, enclosure);
        if (enclosed)
        {
            i += enclosure.Length;
            while (i < line.Length)
            {
                if (escape.Length > 0 && Matches(line, i, escape) && Matches(line, i + escape.Length, enclosure)
                    && escape != enclosure)
                {
                    text.Append(enclosure);
                    i += escape.Length + enclosure.Length;
                    continue;
                }

                if (Matches(line, i, enclosure))
                {
                    if (Matches(line, i + enclosure.Length, enclosure))
                    {
                        text.Append(enclosure);
                        i += 2 * enclosure.Length;
                        continue;
                    }

                    i += enclosure.Length;
                    break;
                }

                text.Append(line[i]);
                i++;
            }
        }

        // Text after a closing enclosure (or an unenclosed value) runs to the next separator.
        while (i < line.Length)
        {
            if (escape.Length > 0 && Matches(line, i, escape) && separator.Length > 0 && Matches(line, i + escape.Length, separator))
            {
                text.Append(separator);
                i += escape.Length + separator.Length;
                continue;
            }

            if (separator.Length > 0 && Matches(line, i, separator))
            {
                return (new SplitValue(text.ToString(), enclosed), i + separator.Length);
            }

            text.Append(line[i]);
            i++;
        }

        return (new SplitValue(text.ToString(), enclosed), -1);
    }

    private static bool Matches(string line, int index, string token) =>
        index + token.Length <= line.Length && string.CompareOrdinal(line, index, token, 0, token.Length) == 0;
}
