using System.Globalization;
using System.Numerics;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// A non-negative decimal number as significant digits and the position of the decimal point:
/// value = 0.<see cref="Digits"/> × 10^<see cref="DecimalAt"/>. Rounds with Java's rounding modes
/// (HALF_EVEN by default) as DigitList does.
/// </summary>
public sealed class DecimalDigits
{
    private readonly double? source;

    private DecimalDigits(string digits, int decimalAt, double? source)
    {
        Digits = digits;
        DecimalAt = digits.Length == 0 ? 0 : decimalAt;
        this.source = source;
    }

    public string Digits { get; private set; }

    public int DecimalAt { get; private set; }

    public bool IsZero => Digits.Length == 0;

    /// <summary>Digits of a double as Java prints it: the shortest text that reads back as the same double.</summary>
    public static DecimalDigits FromDouble(double value) =>
        FromText(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture), Math.Abs(value));

    public static DecimalDigits FromDecimal(decimal value) =>
        FromText(Math.Abs(value).ToString(CultureInfo.InvariantCulture), null);

    public static DecimalDigits FromLong(long value) =>
        FromText(BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture), null);

    public static DecimalDigits FromParts(string digits, int decimalAt) => Normalize(digits, decimalAt, null);

    private static DecimalDigits FromText(string text, double? source)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var decimalAt = (dot < 0 ? text.Length : dot) + exponent;
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        return Normalize(digits, decimalAt, source);
    }

    private static DecimalDigits Normalize(string digits, int decimalAt, double? source)
    {
        var start = 0;
        while (start < digits.Length && digits[start] == '0')
        {
            start++;
            decimalAt--;
        }

        var end = digits.Length;
        while (end > start && digits[end - 1] == '0')
        {
            end--;
        }

        return new DecimalDigits(digits[start..end], decimalAt, source);
    }

    /// <summary>Rounds to the given number of digits after the decimal point.</summary>
    public void RoundToFraction(int fractionDigits, JavaRoundingMode mode = JavaRoundingMode.HalfEven, bool negative = false) =>
        RoundToCount(DecimalAt + fractionDigits, mode, negative);

    /// <summary>Rounds to the given number of significant digits.</summary>
    public void RoundToSignificant(int significantDigits, JavaRoundingMode mode = JavaRoundingMode.HalfEven, bool negative = false) =>
        RoundToCount(significantDigits, mode, negative);

    private void RoundToCount(int keep, JavaRoundingMode mode, bool negative)
    {
        if (keep >= Digits.Length)
        {
            return;
        }

        if (keep < 0)
        {
            // Every digit is below the last kept position: only the modes that round any fraction up keep a unit.
            var up = mode == JavaRoundingMode.Up || (mode == JavaRoundingMode.Ceiling && !negative) || (mode == JavaRoundingMode.Floor && negative);
            DecimalAt = up ? DecimalAt - keep + 1 : 0;
            Digits = up ? "1" : string.Empty;
            return;
        }

        var roundUp = mode switch
        {
            JavaRoundingMode.Up => true,
            JavaRoundingMode.Down => false,
            JavaRoundingMode.Ceiling => !negative,
            JavaRoundingMode.Floor => negative,
            JavaRoundingMode.Unnecessary => throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY"),
            _ => ShouldRoundUp(keep, mode),
        };
        var kept = Digits[..keep].ToCharArray();
        var decimalAt = DecimalAt;
        if (roundUp)
        {
            var i = keep - 1;
            while (i >= 0 && kept[i] == '9')
            {
                kept[i] = '0';
                i--;
            }

            if (i >= 0)
            {
                kept[i]++;
            }
            else
            {
                kept = ['1', .. kept];
                decimalAt++;
            }
        }

        var rounded = Normalize(new string(kept), decimalAt, null);
        Digits = rounded.Digits;
        DecimalAt = rounded.DecimalAt;
    }

    private bool ShouldRoundUp(int keep, JavaRoundingMode mode)
    {
        var first = Digits[keep];
        if (first != '5')
        {
            return first > '5';
        }

        if (keep + 1 < Digits.Length)
        {
            return true;
        }

        // The printed digits end exactly on a tie: the binary value of a double decides, as in Java 8 and later.
        var exact = CompareExact();
        if (exact != 0)
        {
            return exact > 0;
        }

        return mode switch
        {
            JavaRoundingMode.HalfUp => true,
            JavaRoundingMode.HalfDown => false,
            _ => keep > 0 && (Digits[keep - 1] - '0') % 2 == 1,
        };
    }

    /// <summary>Compares the exact binary value of the source double with the printed digits.</summary>
    private int CompareExact()
    {
        if (source is not { } value || value == 0)
        {
            return 0;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var binaryExponent = exponent - 1075;
        var left = new BigInteger(mantissa);
        var right = BigInteger.Parse(Digits, CultureInfo.InvariantCulture);
        var decimalExponent = DecimalAt - Digits.Length;
        if (binaryExponent < 0)
        {
            right <<= -binaryExponent;
        }
        else
        {
            left <<= binaryExponent;
        }

        if (decimalExponent < 0)
        {
            left *= BigInteger.Pow(10, -decimalExponent);
        }
        else
        {
            right *= BigInteger.Pow(10, decimalExponent);
        }

        return left.CompareTo(right);
    }

    public double ToDouble(bool negative) =>
        IsZero ? (negative ? -0.0 : 0.0) : double.Parse(ToText(negative), CultureInfo.InvariantCulture);

    public decimal ToDecimal(bool negative) =>
        IsZero ? 0m : decimal.Parse(ToText(negative), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>True when the value is a whole number that fits a long.</summary>
    public bool TryToLong(bool negative, out long value)
    {
        value = 0;
        if (IsZero)
        {
            return true;
        }

        if (DecimalAt < Digits.Length || DecimalAt > 19)
        {
            return false;
        }

        var integer = BigInteger.Parse(Digits.PadRight(DecimalAt, '0'), CultureInfo.InvariantCulture);
        if (negative)
        {
            integer = -integer;
        }

        if (integer < long.MinValue || integer > long.MaxValue)
        {
            return false;
        }

        value = (long)integer;
        return true;
    }

    private string ToText(bool negative) =>
        (negative ? "-0." : "0.") + Digits + "E" + DecimalAt.ToString(CultureInfo.InvariantCulture);
}
