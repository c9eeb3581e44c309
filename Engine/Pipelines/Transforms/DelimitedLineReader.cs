using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Splits delimited text into values. An enclosed value may contain the separator, line breaks and
/// doubled enclosure characters.
/// </summary>
public sealed class DelimitedLineReader(TextReader reader, string separator, char? enclosure)
{
    public async Task<List<string>?> ReadAsync(CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            return null;
        }

        var values = new List<string>();
        var current = new StringBuilder();
        var inEnclosure = false;
        var position = 0;
        while (true)
        {
            if (position >= line.Length)
            {
                if (inEnclosure)
                {
                    var next = await reader.ReadLineAsync(cancellationToken);
                    if (next is null)
                    {
                        break;
                    }

                    current.Append('\n');
                    line = next;
                    position = 0;
                    continue;
                }

                break;
            }

            var c = line[position];
            if (enclosure is { } quote && c == quote)
            {
                if (inEnclosure && position + 1 < line.Length && line[position + 1] == quote)
                {
                    current.Append(quote);
                    position += 2;
                    continue;
                }

                inEnclosure = !inEnclosure;
                position++;
                continue;
            }

            if (!inEnclosure && separator.Length > 0 && string.CompareOrdinal(line, position, separator, 0, separator.Length) == 0)
            {
                values.Add(current.ToString());
                current.Clear();
                position += separator.Length;
                continue;
            }

            current.Append(c);
            position++;
        }

        values.Add(current.ToString());
        return values;
    }
}
