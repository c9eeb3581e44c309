using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Formats and parses numbers as Java's DecimalFormat does with Hop's settings: HALF_EVEN rounding, the
/// pattern's affixes and digit counts, and single-character decimal and grouping symbols.
/// </summary>
public sealed class JavaDecimalFormat
{
    private readonly JavaDecimalPattern pattern;
    private readonly char decimalSymbol;
    private readonly char groupingSymbol;
    private readonly string positivePrefix;
    private readonly string positiveSuffix;
    private readonly string negativePrefix;
    private readonly string negativeSuffix;
    private readonly JavaRoundingMode roundingMode;

    public JavaDecimalFormat(
        string pattern,
        string? decimalSymbol = null,
        string? groupingSymbol = null,
        string? currencySymbol = null,
        JavaRoundingMode roundingMode = JavaRoundingMode.HalfEven)
    {
        this.roundingMode = roundingMode;
        this.pattern = JavaDecimalPattern.Parse(pattern);
        this.decimalSymbol = string.IsNullOrEmpty(decimalSymbol) ? '.' : decimalSymbol[0];
        this.groupingSymbol = string.IsNullOrEmpty(groupingSymbol) ? ',' : groupingSymbol[0];
        var currency = string.IsNullOrEmpty(currencySymbol) ? "$" : currencySymbol;
        positivePrefix = Expand(this.pattern.PositivePrefix, currency);
        positiveSuffix = Expand(this.pattern.PositiveSuffix, currency);
        negativePrefix = Expand(this.pattern.NegativePrefix, currency);
        negativeSuffix = Expand(this.pattern.NegativeSuffix, currency);
    }

    public string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        if (pattern.Multiplier != 1)
        {
            value *= pattern.Multiplier;
        }

        if (double.IsInfinity(value))
        {
            return negative ? negativePrefix + "\u221E" + negativeSuffix : positivePrefix + "\u221E" + positiveSuffix;
        }

        return Format(DecimalDigits.FromDouble(value), negative);
    }

    public string Format(long value) =>
        pattern.Multiplier == 1
            ? Format(DecimalDigits.FromLong(value), value < 0)
            : Format((decimal)value);

    public string Format(decimal value) =>
        Format(DecimalDigits.FromDecimal(value * pattern.Multiplier), value < 0);

    private string Format(DecimalDigits digits, bool negative)
    {
        var builder = new StringBuilder();
        builder.Append(negative ? negativePrefix : positivePrefix);
        if (pattern.UsesExponent)
        {
            AppendScientific(builder, digits, negative);
        }
        else
        {
            digits.RoundToFraction(pattern.MaximumFractionDigits, roundingMode, negative);
            AppendFixed(builder, digits);
        }

        builder.Append(negative ? negativeSuffix : positiveSuffix);
        return builder.ToString();
    }

    private void AppendFixed(StringBuilder builder, DecimalDigits digits)
    {
        var integerCount = Math.Max(digits.DecimalAt, 0);
        var shown = Math.Max(integerCount, pattern.MinimumIntegerDigits);
        var start = builder.Length;
        for (var i = shown; i > 0; i--)
        {
            var index = integerCount - i;
            builder.Append(index >= 0 && index < digits.Digits.Length ? digits.Digits[index] : '0');
            if (pattern.GroupingSize > 0 && i > 1 && (i - 1) % pattern.GroupingSize == 0)
            {
                builder.Append(groupingSymbol);
            }
        }

        var fraction = new StringBuilder();
        for (var j = 0; j < pattern.MaximumFractionDigits; j++)
        {
            var index = digits.DecimalAt + j;
            if (index >= digits.Digits.Length && j >= pattern.MinimumFractionDigits)
            {
                break;
            }

            fraction.Append(index >= 0 && index < digits.Digits.Length ? digits.Digits[index] : '0');
        }

        if (builder.Length == start && fraction.Length == 0)
        {
            builder.Append('0');
        }

        if (fraction.Length > 0 || pattern.DecimalSeparatorAlwaysShown)
        {
            builder.Append(decimalSymbol).Append(fraction);
        }
    }

    private void AppendScientific(StringBuilder builder, DecimalDigits digits, bool negative)
    {
        var maximumInteger = pattern.MaximumIntegerDigits;
        var minimumInteger = pattern.MinimumIntegerDigits;
        var engineering = maximumInteger > minimumInteger && maximumInteger > 1;
        var significant = engineering
            ? minimumInteger + pattern.MaximumFractionDigits
            : Math.Max(minimumInteger, 1) + pattern.MaximumFractionDigits;
        digits.RoundToSignificant(Math.Max(significant, 1), roundingMode, negative);
        int exponent;
        int integerDigits;
        if (digits.IsZero)
        {
            exponent = 0;
            integerDigits = Math.Max(minimumInteger, 1);
        }
        else if (engineering)
        {
            exponent = (int)Math.Floor((digits.DecimalAt - 1) / (double)maximumInteger) * maximumInteger;
            integerDigits = digits.DecimalAt - exponent;
        }
        else
        {
            integerDigits = Math.Max(minimumInteger, 1);
            exponent = digits.DecimalAt - integerDigits;
        }

        for (var i = 0; i < integerDigits; i++)
        {
            builder.Append(i < digits.Digits.Length ? digits.Digits[i] : '0');
        }

        var fraction = new StringBuilder();
        for (var i = integerDigits; i < digits.Digits.Length || fraction.Length < pattern.MinimumFractionDigits; i++)
        {
            fraction.Append(i < digits.Digits.Length ? digits.Digits[i] : '0');
        }

        if (fraction.Length > 0 || pattern.DecimalSeparatorAlwaysShown)
        {
            builder.Append(decimalSymbol).Append(fraction);
        }

        builder.Append('E');
        if (exponent < 0)
        {
            builder.Append('-');
        }

        builder.Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).PadLeft(pattern.MinimumExponentDigits, '0'));
    }

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

    private static string Expand(string affix, string currency) =>
        affix.Replace(JavaDecimalPattern.CurrencyMarker.ToString(), currency, StringComparison.Ordinal);
}
