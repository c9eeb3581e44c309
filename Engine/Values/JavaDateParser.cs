using System.Globalization;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Parses dates as Java's SimpleDateFormat.parse(text, position) does: numbers take as many digits as are
/// there unless the next field is numeric too, names match without case, text after the pattern is
/// ignored, and without leniency every field must be in range.
/// </summary>
public static class JavaDateParser
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    /// <summary>Returns the date, or null with the index of the first character that did not fit.</summary>
    public static DateTime? Parse(string text, string pattern, bool lenient, out int errorIndex, bool nanoseconds = false)
    {
        var tokens = JavaDatePattern.Parse(pattern);
        int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, dayOfYear = -1;
        long fractionTicks = 0;
        var pm = (bool?)null;
        var hour12 = false;
        TimeSpan? zone = null;
        var position = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            errorIndex = position;
            if (token.IsLiteral)
            {
                if (string.CompareOrdinal(text, position, token.Literal, 0, token.Literal!.Length) != 0 || position + token.Literal.Length > text.Length)
                {
                    return null;
                }

                position += token.Literal.Length;
                continue;
            }

            if (token.IsNumeric)
            {
                var abutting = t + 1 < tokens.Count && tokens[t + 1].IsNumeric;
                var start = position;
                var negative = token.Letter is 'y' && position < text.Length && text[position] == '-';
                if (negative)
                {
                    position++;
                }

                var digitsStart = position;
                var maximum = abutting ? token.Count : int.MaxValue;
                while (position < text.Length && char.IsAsciiDigit(text[position]) && position - digitsStart < maximum)
                {
                    position++;
                }

                if (position == digitsStart || position - digitsStart > 18)
                {
                    errorIndex = start;
                    return null;
                }

                var digits = text[digitsStart..position];
                var value = long.Parse(digits, CultureInfo.InvariantCulture) * (negative ? -1 : 1);
                switch (token.Letter)
                {
                    case 'y' or 'Y':
                        year = (int)value;
                        if (token.Count <= 2 && digits.Length == 2 && !negative)
                        {
                            year = TwoDigitYear((int)value);
                        }

                        break;
                    case 'M' or 'L':
                        month = (int)value;
                        break;
                    case 'd':
                        day = (int)value;
                        break;
                    case 'D':
                        dayOfYear = (int)value;
                        break;
                    case 'H':
                        hour = (int)value;
                        break;
                    case 'k':
                        hour = value == 24 ? 0 : (int)value;
                        break;
                    case 'K' or 'h':
                        hour = token.Letter == 'h' && value == 12 ? 0 : (int)value;
                        hour12 = true;
                        break;
                    case 'm':
                        minute = (int)value;
                        break;
                    case 's':
                        second = (int)value;
                        break;
                    case 'S':
                        fractionTicks = nanoseconds && token.Count > 3
                            ? long.Parse(digits.PadRight(9, '0')[..9], CultureInfo.InvariantCulture) / 100
                            : value * TimeSpan.TicksPerMillisecond;
                        break;
                }

                continue;
            }

            switch (token.Letter)
            {
                case 'M' or 'L':
                    var monthIndex = MatchName(text, ref position, MonthNames, token.Count >= 4 ? null : 3);
                    if (monthIndex < 0)
                    {
                        return null;
                    }

                    month = monthIndex + 1;
                    break;
                case 'E':
                    if (MatchName(text, ref position, DayNames, null) < 0 && MatchName(text, ref position, DayNames, 3) < 0)
                    {
                        return null;
                    }

                    break;
                case 'a':
                    var marker = MatchName(text, ref position, ["AM", "PM"], null);
                    if (marker < 0)
                    {
                        return null;
                    }

                    pm = marker == 1;
                    break;
                case 'G':
                    if (MatchName(text, ref position, ["AD", "BC"], null) < 0)
                    {
                        return null;
                    }

                    break;
                case 'z' or 'Z' or 'X':
                    zone = ParseZone(text, ref position);
                    if (zone is null)
                    {
                        return null;
                    }

                    break;
            }
        }

        errorIndex = position;
        if (hour12 && pm == true)
        {
            hour += 12;
        }

        var result = Build(year, month, day, dayOfYear, hour, minute, second, fractionTicks, lenient);
        if (result is null)
        {
            errorIndex = 0;
            return null;
        }

        errorIndex = -1;
        return zone is { } offset ? new DateTimeOffset(result.Value, offset).LocalDateTime : result;
    }

    private static DateTime? Build(int year, int month, int day, int dayOfYear, int hour, int minute, int second, long ticks, bool lenient)
    {
        try
        {
            if (lenient)
            {
                var start = new DateTime(year, 1, 1);
                var date = dayOfYear >= 0 ? start.AddDays(dayOfYear - 1) : start.AddMonths(month - 1).AddDays(day - 1);
                return date.AddHours(hour).AddMinutes(minute).AddSeconds(second).AddTicks(ticks);
            }

            if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || year < 1)
            {
                return null;
            }

            var baseDate = dayOfYear >= 0
                ? dayOfYear >= 1 && dayOfYear <= (DateTime.IsLeapYear(year) ? 366 : 365) ? new DateTime(year, 1, 1).AddDays(dayOfYear - 1) : (DateTime?)null
                : month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;
            return baseDate?.Add(new TimeSpan(hour, minute, second)).AddTicks(ticks);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Java puts a two-digit year within 80 years before and 20 years after today.</summary>
    private static int TwoDigitYear(int value)
    {
        var start = DateTime.Now.AddYears(-80);
        var year = (start.Year / 100 * 100) + value;
        return year < start.Year ? year + 100 : year;
    }

    private static int MatchName(string text, ref int position, string[] names, int? length)
    {
        var best = -1;
        var bestLength = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var name = length is { } l && names[i].Length > l ? names[i][..l] : names[i];
            if (name.Length > bestLength && string.Compare(text, position, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && position + name.Length <= text.Length)
            {
                best = i;
                bestLength = name.Length;
            }
        }

        position += bestLength;
        return best;
    }

    private static TimeSpan? ParseZone(string text, ref int position)
    {
        var rest = text[position..];
        foreach (var name in new[] { "UTC", "GMT", "Z" })
        {
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                position += name.Length;
                rest = text[position..];
                if (rest.Length == 0 || rest[0] is not ('+' or '-'))
                {
                    return TimeSpan.Zero;
                }
            }
        }

        if (rest.Length < 3 || rest[0] is not ('+' or '-'))
        {
            return null;
        }

        var sign = rest[0] == '-' ? -1 : 1;
        var digits = new string(rest[1..].TakeWhile(c => char.IsAsciiDigit(c) || c == ':').ToArray()).Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4))
        {
            return null;
        }

        position += 1 + rest[1..].TakeWhile(c => char.IsAsciiDigit(c) || c == ':').Count();
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, 0);
    }
}
