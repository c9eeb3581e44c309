using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Scripting;

/// <summary>
/// Moves values between Hop rows and JavaScript: strings stay strings, Integer, Number and BigNumber become
/// numbers, dates become JavaScript dates, booleans stay booleans. Dates are local times, as in the JVM.
/// </summary>
internal static class JsConversions
{
    public static JsValue ToJs(Jint.Engine engine, ValueMeta meta, object? value) => value switch
    {
        null => JsValue.Null,
        string s => new JsString(s),
        long l => new JsNumber(l),
        int i => new JsNumber(i),
        double d => new JsNumber(d),
        decimal m => new JsNumber((double)m),
        bool b => b ? JsBoolean.True : JsBoolean.False,
        DateTime date => ToJsDate(engine, date),
        _ => new JsString(ValueConverter.ToText(meta, value) ?? string.Empty),
    };

    public static JsValue ToJsDate(Jint.Engine engine, DateTime date)
    {
        var millis = new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Local)).ToUnixTimeMilliseconds();
        return engine.Construct(engine.GetValue("Date"), new JsNumber(millis));
    }

    public static DateTime FromJsDate(JsValue value)
    {
        var millis = (long)value.AsDate().DateValue;
        return DateTime.SpecifyKind(DateTimeOffset.FromUnixTimeMilliseconds(millis).LocalDateTime, DateTimeKind.Unspecified);
    }

    /// <summary>Converts a script variable into the declared type of an output field.</summary>
    public static object? FromJs(JsValue value, ValueMeta meta)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        switch (meta.Type)
        {
            case HopValueType.String:
                return value.IsDate() ? ValueConverter.ToText(meta with { Type = HopValueType.Date }, FromJsDate(value)) : AsText(value);
            case HopValueType.Integer:
                return value switch
                {
                    _ when value.IsNumber() => JavaRound(value.AsNumber()),
                    _ when value.IsDate() => (long)value.AsDate().DateValue,
                    _ when value.IsBoolean() => value.AsBoolean() ? 1L : 0L,
                    _ => ValueConverter.FromString(meta, TypeConverter.ToString(value)),
                };
            case HopValueType.Number:
                return value.IsString() ? ValueConverter.FromString(meta, value.AsString()) : TypeConverter.ToNumber(value);
            case HopValueType.BigNumber:
                return value.IsString()
                    ? ValueConverter.FromString(meta, value.AsString())
                    : (decimal)TypeConverter.ToNumber(value);
            case HopValueType.Boolean:
                return value.IsString() ? ValueConverter.ParseBoolean(value.AsString()) : TypeConverter.ToBoolean(value);
            case HopValueType.Date:
            case HopValueType.Timestamp:
                if (value.IsDate())
                {
                    return FromJsDate(value);
                }

                return value.IsNumber()
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)value.AsNumber()).LocalDateTime
                    : ValueConverter.FromString(meta, TypeConverter.ToString(value));
            default:
                return ValueConverter.FromString(meta, AsText(value));
        }
    }

    /// <summary>Text of a script value; whole numbers print without a decimal part, as JavaScript does.</summary>
    public static string AsText(JsValue value) =>
        value.IsNumber() ? NumberText(value.AsNumber()) : TypeConverter.ToString(value);

    private static string NumberText(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : TypeConverter.ToString(number);

    /// <summary>Java's Math.round: halves round up towards positive infinity.</summary>
    private static long JavaRound(double number) => (long)Math.Floor(number + 0.5);
}
