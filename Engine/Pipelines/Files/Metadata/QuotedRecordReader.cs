using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Reads delimited records with the rules of the opencsv parser that Hop's File metadata transform uses.
/// A quote toggles quoting, and a doubled quote inside quotes is one quote. A backslash escapes a following
/// quote or backslash. A quote in the middle of an unquoted value is kept. A record continues on the next
/// line while a quote is open. A quote character of '\0' turns quoting off.
/// </summary>
public sealed class QuotedRecordReader(TextReader input, char separator, char quote)
{
    private const char Escape = '\\';

    /// <summary>Returns the next record's values, or null at the end of the input.</summary>
    public List<string>? ReadRecord()
    {
        var line = input.ReadLine();
        if (line is null)
        {
            return null;
        }

        var values = new List<string>();
        var value = new StringBuilder();
        var inQuotes = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var next = i + 1 < line.Length ? line[i + 1] : '\0';
                if (c == Escape && (inQuotes || value.Length > 0) && (next == Escape || (quote != '\0' && next == quote)))
                {
                    value.Append(next);
                    i++;
                }
                else if (quote != '\0' && c == quote)
                {
                    if (inQuotes && next == quote)
                    {
                        value.Append(quote);
                        i++;
                        continue;
                    }

                    inQuotes = !inQuotes;
                    var midValue = i > 2 && line[i - 1] != separator && i + 1 < line.Length && next != separator;
                    if (midValue)
                    {
                        if (string.IsNullOrWhiteSpace(value.ToString()))
                        {
                            value.Clear();
                        }
                        else
                        {
                            value.Append(c);
                        }
                    }
                }
                else if (c == separator && !inQuotes)
                {
                    values.Add(value.ToString());
                    value.Clear();
                }
                else
                {
                    value.Append(c);
                }
            }

            if (!inQuotes || input.ReadLine() is not { } continuation)
            {
                break;
            }

            value.Append('\n');
            line = continuation;
        }

        values.Add(value.ToString());
        return values;
    }
}
