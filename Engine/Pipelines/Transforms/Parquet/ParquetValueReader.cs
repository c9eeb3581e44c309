using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Values;
using Parquet;
using Parquet.Schema;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Parquet;

/// <summary>
/// Reads Parquet columns and converts their values to Hop types with the rules of Hop's Parquet input:
/// each Parquet physical/logical type converts to a fixed set of Hop types and fails for the others.
/// </summary>
internal static class ParquetValueReader
{
    /// <summary>Reads one column of a row group as boxed values, null where the file has a null.</summary>
    public static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, CancellationToken cancellationToken)
    {
        var count = checked((int)group.RowCount);
        var type = ValueType(field);
        if (type == typeof(string))
        {
            var strings = new string?[count];
            await group.ReadAsync(field, strings.AsMemory(), null, cancellationToken);
            return strings.Cast<object?>().ToArray();
        }

        if (type == typeof(byte[]))
        {
            var bytes = new byte[]?[count];
            await group.ReadAsync(field, bytes.AsMemory(), null, cancellationToken);
            return bytes.Cast<object?>().ToArray();
        }

        return type switch
        {
            _ when type == typeof(long) => await ReadAsync<long>(group, field, count, cancellationToken),
            _ when type == typeof(int) => await ReadAsync<int>(group, field, count, cancellationToken),
            _ when type == typeof(short) => await ReadAsync<short>(group, field, count, cancellationToken),
            _ when type == typeof(sbyte) => await ReadAsync<sbyte>(group, field, count, cancellationToken),
            _ when type == typeof(byte) => await ReadAsync<byte>(group, field, count, cancellationToken),
            _ when type == typeof(ushort) => await ReadAsync<ushort>(group, field, count, cancellationToken),
            _ when type == typeof(uint) => await ReadAsync<uint>(group, field, count, cancellationToken),
            _ when type == typeof(ulong) => await ReadAsync<ulong>(group, field, count, cancellationToken),
            _ when type == typeof(double) => await ReadAsync<double>(group, field, count, cancellationToken),
            _ when type == typeof(float) => await ReadAsync<float>(group, field, count, cancellationToken),
            _ when type == typeof(bool) => await ReadAsync<bool>(group, field, count, cancellationToken),
            _ when type == typeof(decimal) => await ReadAsync<decimal>(group, field, count, cancellationToken),
            _ when type == typeof(DateTime) => await ReadAsync<DateTime>(group, field, count, cancellationToken),
            _ when type == typeof(DateOnly) => await ReadAsync<DateOnly>(group, field, count, cancellationToken),
            _ when type == typeof(TimeSpan) => await ReadAsync<TimeSpan>(group, field, count, cancellationToken),
            _ when type == typeof(TimeOnly) => await ReadAsync<TimeOnly>(group, field, count, cancellationToken),
            _ when type == typeof(Guid) => await ReadAsync<Guid>(group, field, count, cancellationToken),
            _ => throw new HopException($"Parquet column '{field.Name}' has the unsupported type {field.ClrType.Name}."),
        };
    }

    /// <summary>The Hop type a Parquet column is read as when no fields are listed.</summary>
    public static HopValueType NaturalType(DataField field)
    {
        var type = ValueType(field);
        return type switch
        {
            _ when type == typeof(string) => HopValueType.String,
            _ when type == typeof(byte[]) => HopValueType.Binary,
            _ when type == typeof(double) || type == typeof(float) => HopValueType.Number,
            _ when type == typeof(bool) => HopValueType.Boolean,
            _ when type == typeof(decimal) => HopValueType.BigNumber,
            _ when type == typeof(DateOnly) => HopValueType.Date,
            _ when type == typeof(DateTime) => HopValueType.Timestamp,
            _ when type == typeof(Guid) || type == typeof(TimeSpan) || type == typeof(TimeOnly) => HopValueType.String,
            _ => HopValueType.Integer,
        };
    }

    /// <summary>Converts one value read from the file to the target field's type.</summary>
    public static object? Convert(object? raw, DataField field, ValueMeta target)
    {
        return raw switch
        {
            null => null,
            string text => FromText(text, target),
            byte[] bytes => FromBytes(bytes, target),
            double or float => FromDouble(System.Convert.ToDouble(raw, CultureInfo.InvariantCulture), target),
            bool flag => FromBoolean(flag, target),
            decimal number => FromDecimal(number, target),
            DateOnly day => FromDay(day, target),
            DateTime instant => FromInstant(instant, field, target),
            long or int or short or sbyte or byte or ushort or uint or ulong =>
                FromLong(System.Convert.ToInt64(raw, CultureInfo.InvariantCulture), target),
            _ => target.Type == HopValueType.String
                ? System.Convert.ToString(raw, CultureInfo.InvariantCulture)
                : throw Unconvertible(raw.GetType().Name, target),
        };
    }

    // NOTE: the engine holds BigNumber as System.Decimal, so text with more than 28 or 29 significant digits
    // fails here with an OverflowException, where Hop's BigDecimal would read it.
    private static object FromText(string text, ValueMeta target) => target.Type switch
    {
        HopValueType.String or HopValueType.None or HopValueType.InternetAddress => text,
        HopValueType.Binary => Encoding.UTF8.GetBytes(text),
        HopValueType.BigNumber => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        HopValueType.Json => Json.LenientJson.Parse(text)!,
        _ => throw Unconvertible("Binary", target),
    };

    private static object FromBytes(byte[] bytes, ValueMeta target) => target.Type switch
    {
        HopValueType.Binary => bytes,
        _ => FromText(Encoding.UTF8.GetString(bytes), target),
    };

    private static object FromLong(long value, ValueMeta target) => target.Type switch
    {
        HopValueType.Integer => value,
        HopValueType.String => value.ToString(CultureInfo.InvariantCulture),
        HopValueType.BigNumber => (decimal)value,
        _ => throw Unconvertible("Long", target),
    };

    private static object FromDouble(double value, ValueMeta target) => target.Type switch
    {
        HopValueType.Number => value,
        HopValueType.String => JavaValueText.DoubleToString(value),
        HopValueType.BigNumber => (decimal)value,
        _ => throw Unconvertible("Double/Float", target),
    };

    private static object FromBoolean(bool value, ValueMeta target) => target.Type switch
    {
        HopValueType.Boolean => value,
        HopValueType.String => value ? "true" : "false",
        HopValueType.Integer => value ? 1L : 0L,
        _ => throw Unconvertible("Boolean", target),
    };

    private static object FromDecimal(decimal value, ValueMeta target) => target.Type switch
    {
        HopValueType.BigNumber => value,
        HopValueType.Number => (double)value,
        HopValueType.String => value.ToString(CultureInfo.InvariantCulture),
        _ => throw Unconvertible("Decimal", target),
    };

    /// <summary>A DATE column is a day, which Hop turns into local midnight.</summary>
    private static object FromDay(DateOnly day, ValueMeta target) => target.Type switch
    {
        HopValueType.Date or HopValueType.Timestamp => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local),
        HopValueType.Integer => (long)day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber,
        HopValueType.String => day.DayNumber.ToString(CultureInfo.InvariantCulture),
        _ => throw Unconvertible("Date", target),
    };

    /// <summary>
    /// A timestamp adjusted to UTC is an instant, shown in local time. A timestamp that is not adjusted is a
    /// wall clock time and is kept as it is.
    /// </summary>
    private static object FromInstant(DateTime instant, DataField field, ValueMeta target)
    {
        var utc = field is not DateTimeDataField dateTimeField || dateTimeField.IsAdjustedToUTC;
        var local = utc
            ? DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToLocalTime()
            : DateTime.SpecifyKind(instant, DateTimeKind.Local);
        var millis = new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        return target.Type switch
        {
            HopValueType.Date or HopValueType.Timestamp => local,
            HopValueType.Integer => millis,
            HopValueType.String => millis.ToString(CultureInfo.InvariantCulture),
            _ => throw Unconvertible("Timestamp", target),
        };
    }

    /// <summary>
    /// The CLR type of a column's values, with Parquet.Net's ReadOnlyMemory text and byte columns taken as
    /// string and byte[].
    /// </summary>
    private static Type ValueType(DataField field)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(ReadOnlyMemory<char>))
        {
            return typeof(string);
        }

        return type == typeof(ReadOnlyMemory<byte>) ? typeof(byte[]) : type;
    }

    private static HopException Unconvertible(string source, ValueMeta target) =>
        new($"Unable to convert {source} source data to type {HopValueTypes.Name(target.Type)} for field '{target.Name}'.");

    private static async Task<object?[]> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        return values.Select(value => value.HasValue ? (object?)value.Value : null).ToArray();
    }
}
