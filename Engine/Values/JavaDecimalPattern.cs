using System.Collections.Concurrent;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// A parsed Java DecimalFormat pattern: affixes, digit counts, grouping, multiplier and exponent. Affixes
/// keep the percent, per-mille and currency signs as markers that the symbols replace at format time.
/// </summary>
public sealed record JavaDecimalPattern(
    string PositivePrefix,
    string PositiveSuffix,
    string NegativePrefix,
    string NegativeSuffix,
    int MinimumIntegerDigits,
    int MaximumIntegerDigits,
    int MinimumFractionDigits,
    int MaximumFractionDigits,
    int GroupingSize,
    int Multiplier,
    bool DecimalSeparatorAlwaysShown,
    int MinimumExponentDigits)
{
    /// <summary>Marker for the currency sign inside an affix.</summary>
    public const char CurrencyMarker = '\u00A4';

    private static readonly ConcurrentDictionary<string, JavaDecimalPattern> Cache = new();

    public bool UsesExponent => MinimumExponentDigits > 0;

    /// <summary>Parses a pattern such as <c>#,##0.00;(#,##0.00)</c>, raising FormatException when it is malformed.</summary>
    public static JavaDecimalPattern Parse(string pattern) => Cache.GetOrAdd(pattern, static p => ParseUncached(p));

    private static JavaDecimalPattern ParseUncached(string pattern)
    {
        var parts = SplitSubpatterns(pattern);
        var position = 0;
        var positivePrefix = ReadAffix(parts[0], ref position);
        var numberStart = position;
        var leadingHashes = 0;
        var zeros = 0;
        var trailingHashes = 0;
        var fractionZeros = 0;
        var fractionHashes = 0;
        var groupingSize = -1;
        var sawDecimal = false;
        var exponentDigits = 0;
        while (position < parts[0].Length)
        {
            var c = parts[0][position];
            if (c == '#')
            {
                if (sawDecimal)
                {
                    fractionHashes++;
                }
                else if (zeros > 0)
                {
                    trailingHashes++;
                }
                else
                {
                    leadingHashes++;
                }

                if (groupingSize >= 0 && !sawDecimal)
                {
                    groupingSize++;
                }
            }
            else if (c == '0')
            {
                if (sawDecimal)
                {
                    if (fractionHashes > 0)
                    {
                        throw new FormatException($"Unexpected '0' after '#' in the fraction of pattern \"{pattern}\".");
                    }

                    fractionZeros++;
                }
                else
                {
                    zeros++;
                    if (groupingSize >= 0)
                    {
                        groupingSize++;
                    }
                }
            }
            else if (c == ',' && !sawDecimal)
            {
                groupingSize = 0;
            }
            else if (c == '.' && !sawDecimal)
            {
                sawDecimal = true;
            }
            else if (c == 'E' && position > numberStart)
            {
                position++;
                while (position < parts[0].Length && parts[0][position] == '0')
                {
                    exponentDigits++;
                    position++;
                }

                if (exponentDigits == 0)
                {
                    throw new FormatException($"Malformed exponent in pattern \"{pattern}\".");
                }

                break;
            }
            else
            {
                break;
            }

            position++;
        }

        var positiveSuffix = ReadAffix(parts[0], ref position);
        if (position < parts[0].Length)
        {
            throw new FormatException($"Unexpected character '{parts[0][position]}' in pattern \"{pattern}\".");
        }

        var negativePrefix = "-" + positivePrefix;
        var negativeSuffix = positiveSuffix;
        if (parts.Count > 1)
        {
            var negativePosition = 0;
            negativePrefix = ReadAffix(parts[1], ref negativePosition);
            while (negativePosition < parts[1].Length && "#0,.E".Contains(parts[1][negativePosition]))
            {
                negativePosition++;
            }

            negativeSuffix = ReadAffix(parts[1], ref negativePosition);
        }

        // NOTE: a quoted '%' or per-mille sign also sets the multiplier here, where Java keeps it literal.
        var affixes = positivePrefix + positiveSuffix + negativePrefix + negativeSuffix;
        var multiplier = affixes.Contains('%') ? 100 : affixes.Contains('\u2030') ? 1000 : 1;
        var minimumInteger = zeros;
        var maximumInteger = exponentDigits > 0 ? leadingHashes + zeros + trailingHashes : int.MaxValue;
        var lastCharIsDecimal = sawDecimal && fractionZeros == 0 && fractionHashes == 0;
        return new JavaDecimalPattern(
            positivePrefix,
            positiveSuffix,
            negativePrefix,
            negativeSuffix,
            minimumInteger,
            maximumInteger,
            fractionZeros,
            fractionZeros + fractionHashes,
            groupingSize > 0 ? groupingSize : 0,
            multiplier,
            lastCharIsDecimal,
            exponentDigits);
    }

    private static List<string> SplitSubpatterns(string pattern)
    {
        var quoted = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (pattern[i] == ';' && !quoted)
            {
                return [pattern[..i], pattern[(i + 1)..]];
            }
        }

        return [pattern];
    }

    /// <summary>Reads literal affix text up to the first digit character; quotes escape, '' is a quote.</summary>
    private static string ReadAffix(string part, ref int position)
    {
        var builder = new StringBuilder();
        var quoted = false;
        while (position < part.Length)
        {
            var c = part[position];
            if (c == '\'')
            {
                if (position + 1 < part.Length && part[position + 1] == '\'')
                {
                    builder.Append('\'');
                    position += 2;
                    continue;
                }

                quoted = !quoted;
                position++;
                continue;
            }

            if (!quoted && c is '#' or '0' or ',' or '.')
            {
                break;
            }

            builder.Append(c);
            position++;
        }

        return builder.ToString();
    }
}
