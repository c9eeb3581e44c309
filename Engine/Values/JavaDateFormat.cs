using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Formats dates as Java's SimpleDateFormat does in an English locale. With <c>nanoseconds</c> (Hop's
/// Timestamp) more than three 'S' letters print the fraction of a second instead of padded milliseconds.
/// </summary>
public static class JavaDateFormat
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    public static string Format(DateTime date, string pattern, bool nanoseconds = false)
    {
        var builder = new StringBuilder();
        foreach (var token in JavaDatePattern.Parse(pattern))
        {
            if (token.IsLiteral)
            {
                builder.Append(token.Literal);
                continue;
            }

            var n = token.Count;
            switch (token.Letter)
            {
                case 'G':
                    builder.Append("AD");
                    break;
                case 'y' or 'Y':
                    builder.Append(n == 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : Pad(date.Year, n));
                    break;
                case 'M' or 'L':
                    builder.Append(n >= 4 ? MonthNames[date.Month - 1] : n == 3 ? MonthNames[date.Month - 1][..3] : Pad(date.Month, n));
                    break;
                case 'd':
                    builder.Append(Pad(date.Day, n));
                    break;
                case 'D':
                    builder.Append(Pad(date.DayOfYear, n));
                    break;
                case 'F':
                    builder.Append(Pad(((date.Day - 1) / 7) + 1, n));
                    break;
                case 'w':
                    builder.Append(Pad((int)WeekOfYear(date), n));
                    break;
                case 'W':
                    builder.Append(Pad(((date.Day - 1 + (int)date.AddDays(1 - date.Day).DayOfWeek) / 7) + 1, n));
                    break;
                case 'E':
                    builder.Append(n >= 4 ? DayNames[(int)date.DayOfWeek] : DayNames[(int)date.DayOfWeek][..3]);
                    break;
                case 'u':
                    builder.Append(Pad(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek, n));
                    break;
                case 'a':
                    builder.Append(date.Hour < 12 ? "AM" : "PM");
                    break;
                case 'H':
                    builder.Append(Pad(date.Hour, n));
                    break;
                case 'k':
                    builder.Append(Pad(date.Hour == 0 ? 24 : date.Hour, n));
                    break;
                case 'K':
                    builder.Append(Pad(date.Hour % 12, n));
                    break;
                case 'h':
                    builder.Append(Pad(date.Hour % 12 == 0 ? 12 : date.Hour % 12, n));
                    break;
                case 'm':
                    builder.Append(Pad(date.Minute, n));
                    break;
                case 's':
                    builder.Append(Pad(date.Second, n));
                    break;
                case 'S' when nanoseconds && n > 3:
                    var nanos = (date.Ticks % TimeSpan.TicksPerSecond * 100).ToString("000000000", CultureInfo.InvariantCulture);
                    builder.Append(n <= 9 ? nanos[..n] : nanos.PadRight(n, '0'));
                    break;
                case 'S':
                    builder.Append(Pad(date.Millisecond, n));
                    break;
                case 'z':
                    builder.Append(ZoneName(date));
                    break;
                case 'Z':
                    builder.Append(Offset(date, "hhmm"));
                    break;
                case 'X':
                    var offset = TimeZoneInfo.Local.GetUtcOffset(date);
                    builder.Append(offset == TimeSpan.Zero ? "Z" : Offset(date, n == 1 ? "hh" : n == 2 ? "hhmm" : @"hh\:mm"));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Calendar.WEEK_OF_YEAR for the US rules: weeks start on Sunday and week 1 contains January 1.</summary>
    public static long WeekOfYear(DateTime date)
    {
        var weekEnd = date.Date.AddDays(6 - (int)date.DayOfWeek);
        if (weekEnd.Year > date.Year)
        {
            return 1;
        }

        return ((date.DayOfYear - 1 + (int)new DateTime(date.Year, 1, 1).DayOfWeek) / 7) + 1;
    }

    private static string Pad(int value, int count) => value.ToString(CultureInfo.InvariantCulture).PadLeft(count, '0');

    private static string ZoneName(DateTime date)
    {
        var offset = TimeZoneInfo.Local.GetUtcOffset(date);
        return offset == TimeSpan.Zero ? "UTC" : "GMT" + Offset(date, @"hh\:mm");
    }

    private static string Offset(DateTime date, string format)
    {
        var offset = TimeZoneInfo.Local.GetUtcOffset(date);
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(format, CultureInfo.InvariantCulture);
    }
}
