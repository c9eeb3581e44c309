using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>Parsing half of <see cref="JavaDecimalFormat"/>: DecimalFormat.parse with its prefix and suffix rules.</summary>
public sealed partial class JavaDecimalFormat
{
    /// <summary>
    /// Parses from the start of the text as DecimalFormat.parse(text, position) does. Returns null when no
    /// number starts there; <paramref name="endIndex"/> is where parsing stopped.
    /// </summary>
    public JavaParsedNumber? Parse(string text, out int endIndex)
    {
        endIndex = 0;
        if (text.StartsWith("NaN", StringComparison.Ordinal))
        {
            endIndex = 3;
            return new JavaParsedNumber(false, DecimalDigits.FromParts(string.Empty, 0), IsNaN: true);
        }

        var gotPositive = text.StartsWith(positivePrefix, StringComparison.Ordinal);
        var gotNegative = text.StartsWith(negativePrefix, StringComparison.Ordinal);
        if (gotPositive && gotNegative)
        {
            gotPositive = positivePrefix.Length >= negativePrefix.Length;
            gotNegative = negativePrefix.Length >= positivePrefix.Length;
        }

        if (!gotPositive && !gotNegative)
        {
            return null;
        }

        var position = gotPositive && !gotNegative ? positivePrefix.Length : negativePrefix.Length;
        if (gotPositive && gotNegative)
        {
            position = positivePrefix.Length;
        }

        var digits = ReadDigits(text, ref position, out var decimalAt, out var sawDigit);
        if (!sawDigit)
        {
            endIndex = position;
            return null;
        }

        if (gotPositive && gotNegative)
        {
            var positiveMatch = string.CompareOrdinal(text, position, positiveSuffix, 0, positiveSuffix.Length) == 0;
            var negativeMatch = string.CompareOrdinal(text, position, negativeSuffix, 0, negativeSuffix.Length) == 0;
            gotPositive = positiveMatch && (!negativeMatch || positiveSuffix.Length >= negativeSuffix.Length);
            gotNegative = negativeMatch && (!positiveMatch || negativeSuffix.Length > positiveSuffix.Length);
        }
        else if (gotPositive)
        {
            gotPositive = string.CompareOrdinal(text, position, positiveSuffix, 0, positiveSuffix.Length) == 0;
        }
        else
        {
            gotNegative = string.CompareOrdinal(text, position, negativeSuffix, 0, negativeSuffix.Length) == 0;
        }

        if (!gotPositive && !gotNegative)
        {
            endIndex = position;
            return null;
        }

        position += gotPositive ? positiveSuffix.Length : negativeSuffix.Length;
        endIndex = position;
        var value = DecimalDigits.FromParts(digits, decimalAt - MultiplierDigits());
        return new JavaParsedNumber(gotNegative, value, IsNaN: false);
    }

    private int MultiplierDigits() => pattern.Multiplier switch
    {
        100 => 2,
        1000 => 3,
        _ => 0,
    };

    private string ReadDigits(string text, ref int position, out int decimalAt, out bool sawDigit)
    {
        var digits = new StringBuilder();
        var sawDecimal = false;
        var integerDigits = 0;
        var backup = -1;
        sawDigit = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c is >= '0' and <= '9')
            {
                sawDigit = true;
                backup = -1;
                digits.Append(c);
                if (!sawDecimal)
                {
                    integerDigits++;
                }
            }
            else if (c == decimalSymbol && !sawDecimal)
            {
                sawDecimal = true;
                backup = -1;
            }
            else if (c == groupingSymbol && !sawDecimal)
            {
                // Java accepts grouping symbols anywhere in the integer part but not as the last character.
                backup = position;
            }
            else if (c == 'E' && sawDigit && TryReadExponent(text, position + 1, out var exponent, out var next))
            {
                integerDigits += exponent;
                position = next;
                backup = -1;
                break;
            }
            else
            {
                break;
            }

            position++;
        }

        if (backup >= 0)
        {
            position = backup;
        }

        decimalAt = integerDigits;
        return digits.ToString();
    }

    private static bool TryReadExponent(string text, int start, out int exponent, out int next)
    {
        exponent = 0;
        next = start;
        var negative = next < text.Length && text[next] == '-';
        if (negative)
        {
            next++;
        }

        var digitsStart = next;
        while (next < text.Length && text[next] is >= '0' and <= '9' && next - digitsStart < 9)
        {
            exponent = (exponent * 10) + (text[next] - '0');
            next++;
        }

        if (next == digitsStart)
        {
            return false;
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }
}
