using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Converts values between Hop's types with Hop's rules: masks, trimming, and empty text meaning null
/// unless HOP_EMPTY_STRING_DIFFERS_FROM_NULL is Y.
/// </summary>
public static partial class ValueConverter
{
    /// <summary>Set from the HOP_EMPTY_STRING_DIFFERS_FROM_NULL variable; false as in Hop's default.</summary>
    public static bool EmptyStringDiffersFromNull { get; set; }

    /// <summary>Set from HOP_LENIENT_STRING_TO_NUMBER_CONVERSION: accept text with trailing garbage after a number.</summary>
    public static bool LenientStringToNumber { get; set; }

    /// <summary>Converts text read from a file, a data grid or a variable into the field's type.</summary>
    public static object? FromString(ValueMeta meta, string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = TrimTypes.Apply(meta.Trim, text);
        if (meta.Type == HopValueType.String || meta.Type == HopValueType.None)
        {
            return text.Length == 0 && !EmptyStringDiffersFromNull ? null : text;
        }

        if (text.Length == 0 || (meta.Type != HopValueType.Binary && string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }

        try
        {
            return meta.Type switch
            {
                HopValueType.Integer => ParseInteger(meta, text),
                HopValueType.Number => ParseNumber(meta, text),
                HopValueType.BigNumber => ParseBigNumber(meta, text),
                HopValueType.Date or HopValueType.Timestamp => ParseDate(meta, text),
                HopValueType.Boolean => ParseBoolean(text),
                HopValueType.Binary => Encoding.UTF8.GetBytes(text),
                HopValueType.Json => Orleans.AsyncHop.Engine.Json.LenientJson.Parse(text),
                HopValueType.Uuid => Guid.Parse(text),
                _ => text,
            };
        }
        catch (FormatException exception) when (meta.Type == HopValueType.Timestamp)
        {
            // Hop's Timestamp reports the JDBC form it tried first, whatever the mask, and Select values
            // copies this text into error rows.
            throw new HopException(
                $"{meta.Name} Timestamp : couldn't convert string [{text}] to a timestamp, " +
                "expecting format [yyyy-mm-dd hh:mm:ss.ffffff]",
                new FormatException("Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]", exception));
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or System.Text.Json.JsonException)
        {
            throw new HopException(
                $"Unable to convert '{text}' to {HopValueTypes.Name(meta.Type)} for field '{meta.Name}'" +
                (string.IsNullOrEmpty(meta.ConversionMask) ? "." : $" with format '{meta.ConversionMask}'."),
                exception);
        }
    }

    /// <summary>Converts a value to text with the field's mask, as Hop's getString does.</summary>
    public static string? ToText(ValueMeta meta, object? value)
    {
        if (value is null)
        {
            return null;
        }

        switch (value)
        {
            case string s:
                return s;
            case long l:
                return FormatInteger(meta, l);
            case int i:
                return FormatInteger(meta, i);
            case double d:
                return FormatNumber(meta, d);
            case decimal m:
                return FormatBigNumber(meta, m);
            case DateTime date:
                var mask = string.IsNullOrEmpty(meta.ConversionMask)
                    ? meta.Type == HopValueType.Timestamp ? JavaFormats.DefaultTimestampMask : JavaFormats.DefaultDateMask
                    : meta.ConversionMask;
                return JavaDateFormat.Format(date, mask, nanoseconds: meta.Type == HopValueType.Timestamp);
            case bool b:
                return meta.Length >= 3 ? (b ? "true" : "false") : (b ? "Y" : "N");
            case byte[] bytes:
                return Encoding.UTF8.GetString(bytes);
            case System.Text.Json.Nodes.JsonNode json:
                // Hop's Json value type writes its text with Jackson's default pretty printer.
                return Orleans.AsyncHop.Engine.Json.JacksonWriter.Write(json, pretty: true);
            default:
                return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Converts a value from one field's metadata to another's, going through text only where Hop does.</summary>
    public static object? Convert(object? value, ValueMeta from, ValueMeta to)
    {
        if (value is null)
        {
            return null;
        }

        switch (to.Type)
        {
            case HopValueType.String:
            case HopValueType.None:
                return ToText(from, value);
            case HopValueType.Integer:
                return value switch
                {
                    long l => l,
                    int i => (long)i,
                    // Java's Math.round for Number (half up, toward positive infinity) and BigDecimal.longValue
                    // (truncation) for BigNumber, as Hop's getInteger does.
                    double d => (long)Math.Floor(d + 0.5),
                    decimal m => (long)decimal.Truncate(m),
                    bool b => b ? 1L : 0L,
                    DateTime dt => new DateTimeOffset(dt).ToUnixTimeMilliseconds(),
                    string s => FromString(to, s),
                    _ => FromString(to, ToText(from, value)),
                };
            case HopValueType.Number:
                return value switch
                {
                    double d => d,
                    long l => (double)l,
                    int i => (double)i,
                    decimal m => (double)m,
                    bool b => b ? 1.0 : 0.0,
                    DateTime dt => (double)new DateTimeOffset(dt).ToUnixTimeMilliseconds(),
                    string s => FromString(to, s),
                    _ => FromString(to, ToText(from, value)),
                };
            case HopValueType.BigNumber:
                return value switch
                {
                    decimal m => m,
                    long l => (decimal)l,
                    int i => (decimal)i,
                    double d => (decimal)d,
                    bool b => b ? 1m : 0m,
                    string s => FromString(to, s),
                    _ => FromString(to, ToText(from, value)),
                };
            case HopValueType.Boolean:
                return value switch
                {
                    bool b => b,
                    long l => l != 0,
                    double d => (long)d != 0,
                    decimal m => m != 0,
                    string s => FromString(to, s),
                    _ => FromString(to, ToText(from, value)),
                };
            case HopValueType.Date:
            case HopValueType.Timestamp:
                return value switch
                {
                    DateTime dt => dt,
                    long l => DateTimeOffset.FromUnixTimeMilliseconds(l).LocalDateTime,
                    double d => DateTimeOffset.FromUnixTimeMilliseconds((long)d).LocalDateTime,
                    string s => FromString(to, s),
                    _ => FromString(to, ToText(from, value)),
                };
            case HopValueType.Binary:
                return value is byte[] bytes ? bytes : Encoding.UTF8.GetBytes(ToText(from, value) ?? string.Empty);
            default:
                return value is string text ? FromString(to, text) : value;
        }
    }

    /// <summary>True for Y, YES, TRUE (any case) and 1, as Hop's string-to-boolean conversion.</summary>
    public static bool ParseBoolean(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Equals("Y", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("YES", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("TRUE", StringComparison.OrdinalIgnoreCase)
            || trimmed == "1";
    }

    public static bool IsNull(ValueMeta meta, object? value) =>
        value is null || (value is string s && s.Length == 0 && !EmptyStringDiffersFromNull);

    private static long ParseInteger(ValueMeta meta, string text) =>
        ParseWithMask(meta, text, JavaFormats.DefaultIntegerParseMask).ToLong();

    private static double ParseNumber(ValueMeta meta, string text) =>
        ParseWithMask(meta, text, JavaFormats.DefaultNumberParseMask).ToDouble();

    private static decimal ParseBigNumber(ValueMeta meta, string text)
    {
        try
        {
            return ParseWithMask(meta, text, JavaFormats.DefaultBigNumberParseMask).ToDecimal();
        }
        catch (FormatException)
        {
            // Hop falls back to BigDecimal's own syntax, which also reads "1E+5" and a leading '+'.
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            throw;
        }
    }

    /// <summary>
    /// Parses with the field's mask (or Hop's parse mask) as DecimalFormat does. The whole text must be a
    /// number unless lenient conversion is on, in which case a leading number is enough.
    /// </summary>
    private static JavaParsedNumber ParseWithMask(ValueMeta meta, string text, string defaultMask)
    {
        var mask = string.IsNullOrEmpty(meta.ConversionMask) ? defaultMask : meta.ConversionMask;
        var format = JavaFormats.DecimalFormat(mask, meta);
        var parsed = format.Parse(text, out var end);
        if (parsed is null)
        {
            throw new FormatException($"'{text}' is not a number (error at position {end + 1}).");
        }

        if (end < text.Length && !(meta.LenientStringToNumber || LenientStringToNumber))
        {
            throw new FormatException($"'{text}' has text after the number at position {end + 1}.");
        }

        return parsed;
    }

    private static string FormatInteger(ValueMeta meta, long value) =>
        JavaFormats.DecimalFormat(JavaFormats.FormatMask(meta), meta).Format(value);

    private static string FormatNumber(ValueMeta meta, double value) =>
        JavaFormats.DecimalFormat(JavaFormats.FormatMask(meta), meta).Format(value);

    private static string FormatBigNumber(ValueMeta meta, decimal value) =>
        JavaFormats.DecimalFormat(JavaFormats.FormatMask(meta), meta).Format(value);
}
