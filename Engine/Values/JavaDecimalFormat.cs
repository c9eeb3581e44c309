using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Formats and parses numbers as Java's DecimalFormat does with Hop's settings: HALF_EVEN rounding unless the field sets another mode, the
/// pattern's affixes and digit counts, and single-character decimal and grouping symbols.
/// </summary>
public sealed partial class JavaDecimalFormat
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

    private static string Expand(string affix, string currency) =>
        affix.Replace(JavaDecimalPattern.CurrencyMarker.ToString(), currency, StringComparison.Ordinal);
}
