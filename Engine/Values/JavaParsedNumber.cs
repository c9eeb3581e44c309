namespace Orleans.AsyncHop.Engine.Values;

/// <summary>A number read by <see cref="JavaDecimalFormat.Parse"/>: its sign, its digits, or NaN.</summary>
public sealed record JavaParsedNumber(bool Negative, DecimalDigits Digits, bool IsNaN)
{
    /// <summary>The value as a double, as Number.doubleValue() returns it.</summary>
    public double ToDouble() => IsNaN ? double.NaN : Digits.ToDouble(Negative);

    /// <summary>The value as a long, as Number.longValue() returns it: fractions are cut off, overflow saturates.</summary>
    public long ToLong()
    {
        if (IsNaN)
        {
            return 0;
        }

        if (Digits.TryToLong(Negative, out var exact))
        {
            return exact;
        }

        var number = ToDouble();
        return number >= long.MaxValue ? long.MaxValue : number <= long.MinValue ? long.MinValue : (long)number;
    }

    /// <summary>The value as a decimal, as DecimalFormat returns it with parseBigDecimal on.</summary>
    public decimal ToDecimal() => Digits.ToDecimal(Negative);
}
