using System.Globalization;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>Text input rules of <see cref="ValueConverter"/>: null-if and if-null handling and date parsing.</summary>
public static partial class ValueConverter
{
    /// <summary>
    /// Converts text read by an input or splitting transform as Hop's convertDataFromString does: text equal
    /// to the null-if value (ignoring case and trailing spaces), or only spaces when there is none, is null;
    /// empty text takes the if-null value; the trim type applies before parsing.
    /// </summary>
    public static object? FromStringWithRules(ValueMeta meta, string? text, string? nullIf, string? ifNull, TrimType trim)
    {
        var nullValue = nullIf ?? string.Empty;
        if (!string.IsNullOrEmpty(ifNull) && (string.IsNullOrEmpty(text) || MatchesPadded(text, nullValue)))
        {
            text = ifNull;
        }

        var isString = meta.Type is HopValueType.String or HopValueType.None;
        if (text is null && isString && EmptyStringDiffersFromNull)
        {
            text = string.Empty;
        }

        if (text is null || (text.Length == 0 && !isString))
        {
            return null;
        }

        var matchesNull = nullValue.Length > 0
            ? nullValue.Length <= text.Length && MatchesPadded(text, nullValue)
            : text.All(char.IsWhiteSpace);
        if (matchesNull)
        {
            return isString ? string.Empty : null;
        }

        return FromString(meta with { Trim = trim }, text);
    }

    private static bool MatchesPadded(string text, string nullValue) =>
        text.Equals(nullValue.PadRight(text.Length), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses a date with the field's mask (or Hop's default mask) like a non-lenient SimpleDateFormat unless
    /// the field is lenient. Text after the date is ignored, as in Hop. A Timestamp first tries JDBC's
    /// "yyyy-mm-dd hh:mm:ss[.fffffffff]" form, as Hop's Timestamp.valueOf does.
    /// </summary>
    private static DateTime ParseDate(ValueMeta meta, string text)
    {
        var timestamp = meta.Type == HopValueType.Timestamp;
        if (timestamp && TryParseJdbcTimestamp(text, out var jdbc))
        {
            return jdbc;
        }

        var mask = string.IsNullOrEmpty(meta.ConversionMask)
            ? timestamp ? JavaFormats.DefaultTimestampMask : JavaFormats.DefaultDateMask
            : meta.ConversionMask;
        var date = JavaDateParser.Parse(text, mask, meta.DateFormatLenient, out var errorIndex, timestamp);
        return date ?? throw new FormatException($"'{text}' does not match the date format '{mask}' (at position {errorIndex + 1}).");
    }

    private static bool TryParseJdbcTimestamp(string text, out DateTime value)
    {
        value = default;
        var match = System.Text.RegularExpressions.Regex.Match(
            text, @"^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$");
        if (!match.Success)
        {
            return false;
        }

        int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        try
        {
            var ticks = match.Groups[7].Success ? long.Parse(match.Groups[7].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) / 100 : 0;
            value = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6)).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
