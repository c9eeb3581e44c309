using System.Globalization;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>Date calculations with the rules of Java's default Calendar (weeks start on Sunday, week 1 contains January 1).</summary>
internal static class CalculatorDates
{
    public static object? Add(Operand a, Operand b, Func<DateTime, long, DateTime> add)
    {
        if (a.IsNull)
        {
            throw new HopException("The date to add to is null.");
        }

        return add(a.Date, b.IsNull ? throw new HopException("The amount to add to the date is null.") : b.Integer);
    }

    /// <summary>Adds months keeping the day of month, or the last day of a shorter month.</summary>
    public static DateTime AddMonths(DateTime date, long months)
    {
        var month = date.Month - 1 + (int)months;
        var year = date.Year + (month / 12);
        month %= 12;
        if (month < 0)
        {
            month += 12;
        }

        var day = Math.Min(date.Day, DateTime.DaysInMonth(year, month + 1));
        return new DateTime(year, month + 1, day, date.Hour, date.Minute, date.Second, date.Kind).AddTicks(date.Ticks % TimeSpan.TicksPerSecond);
    }

    /// <summary>A - B in the unit of the code (d, h, mn, s or ms), truncated toward zero.</summary>
    public static object? Difference(Operand a, Operand b, string unit)
    {
        if (a.IsNull || b.IsNull)
        {
            return null;
        }

        var milliseconds = (long)(a.Date - b.Date).TotalMilliseconds;
        return unit switch
        {
            "ms" => milliseconds,
            "s" => milliseconds / 1000,
            "mn" => milliseconds / 60_000,
            "h" => milliseconds / 3_600_000,
            _ => milliseconds / 86_400_000,
        };
    }

    /// <summary>Counts the weekdays from B to A, both included; negative when B is after A.</summary>
    public static object? WorkingDays(Operand a, Operand b)
    {
        if (a.IsNull || b.IsNull)
        {
            return null;
        }

        var from = b.Date;
        var to = a.Date;
        var negative = from > to;
        if (negative)
        {
            (from, to) = (to, from);
        }

        long days = 0;
        do
        {
            if (from.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }

            from = from.AddDays(1);
        }
        while (from <= to);
        return negative ? -days : days;
    }

    public static object? Part(Operand a, Func<DateTime, long> part) => a.IsNull ? null : part(a.Date);

    /// <summary>Calendar.DAY_OF_WEEK: Sunday is 1, Saturday is 7.</summary>
    public static long DayOfWeekNumber(DateTime date) => (long)date.DayOfWeek + 1;

    /// <summary>Calendar.WEEK_OF_YEAR with Sunday as first day and one day as the minimal first week.</summary>
    public static long WeekOfYear(DateTime date)
    {
        var weekEnd = date.Date.AddDays(6 - (int)date.DayOfWeek);
        if (weekEnd.Year > date.Year)
        {
            return 1;
        }

        var januaryFirst = new DateTime(date.Year, 1, 1);
        return ((date.DayOfYear - 1 + (int)januaryFirst.DayOfWeek) / 7) + 1;
    }

    public static long IsoWeek(DateTime date) => ISOWeek.GetWeekOfYear(date);

    public static long IsoYear(DateTime date) => ISOWeek.GetYear(date);

    public static DateTime FirstDayOfMonth(DateTime date) => date.AddDays(1 - date.Day);

    public static DateTime LastDayOfMonth(DateTime date) => date.AddDays(DateTime.DaysInMonth(date.Year, date.Month) - date.Day);

    /// <summary>Adds a time of day, read with the format in C (default HH:mm:ss), to the date in A.</summary>
    public static object? AddTime(Operand a, Operand b, Operand c)
    {
        if (a.Value is null)
        {
            return null;
        }

        var time = b.Text;
        if (string.IsNullOrEmpty(time))
        {
            return a.Date;
        }

        var format = string.IsNullOrEmpty(c.Text) ? "HH:mm:ss" : c.Text!;
        var meta = new Values.ValueMeta("time", Values.HopValueType.Date) { ConversionMask = format };
        var parsed = Values.ValueConverter.FromString(meta, time) as DateTime?
            ?? throw new HopException($"Invalid time value {format}: \"{time}\".");
        // NOTE: only the time of day is added; Hop would also add the days of a format that contains a date.
        return a.Date.Add(parsed - parsed.Date);
    }
}
