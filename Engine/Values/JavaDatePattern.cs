using System.Collections.Concurrent;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>One element of a SimpleDateFormat pattern: a field letter with its repeat count, or literal text.</summary>
public readonly record struct JavaDateToken(char Letter, int Count, string? Literal)
{
    public bool IsLiteral => Literal is not null;

    /// <summary>True for fields written as numbers (months need fewer than three letters).</summary>
    public bool IsNumeric => !IsLiteral && (Letter is 'y' or 'Y' or 'u' or 'd' or 'D' or 'F' or 'w' or 'W' or 'H' or 'k'
        or 'K' or 'h' or 'm' or 's' or 'S' || (Letter is 'M' or 'L' && Count < 3));
}

/// <summary>Splits SimpleDateFormat patterns into tokens, with quoted text and '' as a quote.</summary>
public static class JavaDatePattern
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<JavaDateToken>> Cache = new();

    public static IReadOnlyList<JavaDateToken> Parse(string pattern) => Cache.GetOrAdd(pattern, static p =>
    {
        var tokens = new List<JavaDateToken>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < p.Length)
        {
            var c = p[i];
            if (c == '\'')
            {
                if (i + 1 < p.Length && p[i + 1] == '\'')
                {
                    literal.Append('\'');
                    i += 2;
                    continue;
                }

                var end = p.IndexOf('\'', i + 1);
                while (end >= 0 && end + 1 < p.Length && p[end + 1] == '\'')
                {
                    end = p.IndexOf('\'', end + 2);
                }

                end = end < 0 ? p.Length : end;
                literal.Append(p, i + 1, end - i - 1).Replace("''", "'");
                i = end + 1;
                continue;
            }

            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                if ("GyYMLwWDdFEuaHkKhmsSzZX".IndexOf(c) < 0)
                {
                    throw new FormatException($"Illegal pattern character '{c}' in date format \"{p}\".");
                }

                Flush(tokens, literal);
                var count = 1;
                while (i + count < p.Length && p[i + count] == c)
                {
                    count++;
                }

                tokens.Add(new JavaDateToken(c, count, null));
                i += count;
                continue;
            }

            literal.Append(c);
            i++;
        }

        Flush(tokens, literal);
        return tokens;
    });

    private static void Flush(List<JavaDateToken> tokens, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            tokens.Add(new JavaDateToken('\0', 0, literal.ToString()));
            literal.Clear();
        }
    }
}
