namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>
/// BigDecimal arithmetic as Hop's ValueDataUtil does it: products and quotients are rounded HALF_EVEN to
/// the larger precision of the operands, then whole results lose their fraction and others keep a scale.
/// </summary>
internal static class BigNumberMath
{
    public static decimal Multiply(decimal a, decimal b) =>
        TrimOrScale(RoundSignificant(a * b, Math.Max(Precision(a), Precision(b))), Math.Max(a.Scale, b.Scale));

    public static decimal Divide(decimal a, decimal b)
    {
        if (b == 0)
        {
            throw new HopException("Division by zero.");
        }

        var result = RoundSignificant(a / b, Math.Max(Precision(a), Precision(b)));
        return TrimOrScale(result, result.Scale);
    }

    public static decimal Remainder(decimal a, decimal b)
    {
        if (b == 0)
        {
            throw new HopException("Division by zero.");
        }

        var result = a % b;
        return TrimOrScale(result, result.Scale);
    }

    /// <summary>The number of significant digits of the unscaled value, as BigDecimal.precision().</summary>
    public static int Precision(decimal value)
    {
        var bits = decimal.GetBits(value);
        var unscaled = new System.Numerics.BigInteger(new[] { bits[0], bits[1], bits[2], 0 }.SelectMany(BitConverter.GetBytes).ToArray());
        var digits = System.Numerics.BigInteger.Abs(unscaled).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return unscaled.IsZero ? 1 : digits;
    }

    public static decimal RoundSignificant(decimal value, int precision)
    {
        if (value == 0 || precision <= 0)
        {
            return value;
        }

        var integerDigits = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var decimals = precision - integerDigits;
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.ToEven);
        }

        var factor = Pow10(-decimals);
        return Math.Round(value / factor, 0, MidpointRounding.ToEven) * factor;
    }

    /// <summary>Returns the value without fraction when it is whole, else rounded HALF_EVEN to the scale.</summary>
    public static decimal TrimOrScale(decimal value, int scale) =>
        decimal.Truncate(value) == value
            ? decimal.Truncate(value)
            : Math.Round(value, Math.Min(scale, 28), MidpointRounding.ToEven);

    /// <summary>
    /// Sets the scale with a Java rounding mode: 0 UP, 1 DOWN, 2 CEILING, 3 FLOOR, 4 HALF_UP, 5 HALF_DOWN,
    /// 6 HALF_EVEN, and Hop's -1 HALF_CEILING (half up for positive, half down for negative values).
    /// </summary>
    public static decimal SetScale(decimal value, int places, int mode)
    {
        if (mode == -1)
        {
            mode = value >= 0 ? 4 : 5;
        }

        if (places < 0)
        {
            var factor = Pow10(-places);
            return SetScale(value / factor, 0, mode) * factor;
        }

        places = Math.Min(places, 28);
        return mode switch
        {
            0 => Math.Round(value, places, value >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity),
            1 => Math.Round(value, places, MidpointRounding.ToZero),
            2 => Math.Round(value, places, MidpointRounding.ToPositiveInfinity),
            3 => Math.Round(value, places, MidpointRounding.ToNegativeInfinity),
            4 => Math.Round(value, places, MidpointRounding.AwayFromZero),
            5 => HalfDown(value, places),
            6 => Math.Round(value, places, MidpointRounding.ToEven),
            7 => Math.Round(value, places) == value ? value : throw new HopException("Rounding is necessary for this value."),
            _ => throw new HopException($"Unknown rounding mode {mode}."),
        };
    }

    private static decimal HalfDown(decimal value, int places)
    {
        var truncated = Math.Round(value, places, MidpointRounding.ToZero);
        var step = 1m / Pow10(places);
        var remainder = Math.Abs(value - truncated);
        return remainder > step / 2 ? truncated + (value >= 0 ? step : -step) : truncated;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
