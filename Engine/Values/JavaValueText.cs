using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// The text Java's toString() gives for Hop's native values, which some transforms (Add checksum, for one)
/// hash or compare instead of the formatted value.
/// </summary>
public static class JavaValueText
{
    public static string? ToJavaString(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => DoubleToString(d),
        decimal m => BigDecimalToString(m),
        bool b => b ? "true" : "false",
        DateTime date => DateToString(date),
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Double.toString: plain between 10^-3 and 10^7, else computerized scientific notation, always with a fraction.</summary>
    public static string DoubleToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var digits = DecimalDigits.FromDouble(value);
        var sign = value < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            var integer = digits.DecimalAt <= 0 ? "0" : digits.Digits.PadRight(digits.DecimalAt, '0')[..digits.DecimalAt];
            var fraction = digits.DecimalAt >= digits.Digits.Length
                ? "0"
                : digits.DecimalAt < 0 ? new string('0', -digits.DecimalAt) + digits.Digits : digits.Digits[digits.DecimalAt..];
            return sign + integer + "." + fraction;
        }

        var mantissaFraction = digits.Digits.Length > 1 ? digits.Digits[1..] : "0";
        return sign + digits.Digits[0] + "." + mantissaFraction + "E" + (digits.DecimalAt - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>BigDecimal.toString for a value with a non-negative scale: plain unless the exponent is below -6.</summary>
    public static string BigDecimalToString(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var unscaled = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        var scale = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
        var adjusted = -scale + (Math.Max(unscaled.Length, 1) - 1);
        if (adjusted >= -6)
        {
            return text;
        }

        var digits = unscaled.Length == 0 ? "0" : unscaled;
        var mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return (value < 0 ? "-" : string.Empty) + mantissa + "E" + adjusted.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Date.toString in the machine's time zone, such as "Wed Jan 01 13:05:00 UTC 2020".</summary>
    public static string DateToString(DateTime date)
    {
        var local = date.Kind == DateTimeKind.Utc ? date.ToLocalTime() : date;
        var offset = TimeZoneInfo.Local.GetUtcOffset(local);
        var zone = offset == TimeSpan.Zero
            ? "UTC"
            : "GMT" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return local.ToString("ddd MMM dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + zone + " " + local.ToString("yyyy", CultureInfo.InvariantCulture);
    }
}
