using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Values.Serialization;

/// <summary>
/// Writes row layouts and rows in Hop's binary row serialization (the layout of Java's DataOutputStream:
/// big-endian numbers, one byte per boolean, strings as a 4-byte UTF-8 length, -1 for null, then the bytes).
/// Values are always written in normal storage.
/// </summary>
public sealed class HopRowWriter(Stream stream)
{
    private const string DefaultLanguageTag = "en-US";
    private const string DefaultLocale = "en_US";
    private readonly byte[] buffer = new byte[8];

    /// <summary>Writes the number of fields followed by the metadata of each field.</summary>
    public void WriteMeta(RowMeta meta)
    {
        WriteInt(meta.Count);
        foreach (var field in meta.Fields)
        {
            WriteValueMeta(field);
        }
    }

    /// <summary>Writes the values of one row; a row without fields is written as a single marker byte.</summary>
    public void WriteData(RowMeta meta, object?[] row)
    {
        for (var i = 0; i < meta.Count; i++)
        {
            WriteValue(meta[i], i < row.Length ? row[i] : null);
        }

        if (meta.Count == 0)
        {
            WriteBoolean(true);
        }
    }

    private void WriteValueMeta(ValueMeta field)
    {
        WriteInt((int)field.Type);
        WriteInt(HopRowFormat.StorageNormal);
        WriteString(field.Name);
        WriteInt(field.Length);
        WriteInt(field.ReportedPrecision);
        WriteString(field.Origin);
        WriteString(null);
        WriteString(field.ConversionMask);
        WriteString(field.DecimalSymbol ?? ".");
        WriteString(field.GroupingSymbol ?? ",");
        WriteString(field.CurrencySymbol ?? "$");
        WriteInt((int)field.Trim);
        WriteBoolean(field.CaseInsensitive);
        WriteString(DefaultLanguageTag);
        WriteBoolean(true);
        WriteInt(0);
        WriteBoolean(false);
        WriteBoolean(false);
        WriteBoolean(field.DateFormatLenient);
        WriteString(DefaultLocale);
        WriteString(TimeZoneInfo.Local.Id);
        WriteBoolean(field.LenientStringToNumber);
    }

    private void WriteValue(ValueMeta field, object? value)
    {
        WriteBoolean(value is null);
        if (value is null)
        {
            return;
        }

        try
        {
            WriteContent(field, value);
        }
        catch (InvalidCastException exception)
        {
            throw new HopException(
                $"field '{field.Name}' of type {HopValueTypes.Name(field.Type)} holds a {value.GetType().Name} value '{value}'.",
                exception);
        }
    }

    private void WriteContent(ValueMeta field, object value)
    {
        switch (field.Type)
        {
            case HopValueType.String:
                WriteString((string)value);
                break;
            case HopValueType.Number:
                BinaryPrimitives.WriteInt64BigEndian(buffer, BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                stream.Write(buffer, 0, 8);
                break;
            case HopValueType.Integer:
                WriteLong(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case HopValueType.Date:
                WriteLong(HopRowFormat.ToEpochMilliseconds((DateTime)value));
                break;
            case HopValueType.Timestamp:
                var date = (DateTime)value;
                WriteLong(HopRowFormat.ToEpochMilliseconds(date));
                WriteInt((int)(date.Ticks % TimeSpan.TicksPerSecond * 100));
                break;
            case HopValueType.BigNumber:
                WriteString(((decimal)value).ToString(CultureInfo.InvariantCulture));
                break;
            case HopValueType.Boolean:
                WriteBoolean((bool)value);
                break;
            case HopValueType.Binary:
                WriteBytes((byte[])value);
                break;
            case HopValueType.Json:
                WriteBytes(Encoding.UTF8.GetBytes(((JsonNode)value).ToJsonString()));
                break;
            case HopValueType.InternetAddress:
                WriteBytes(((IPAddress)value).GetAddressBytes());
                break;
            default:
                throw new HopException($"field '{field.Name}': values of type {HopValueTypes.Name(field.Type)} can't be serialized.");
        }
    }

    private void WriteBytes(byte[] bytes)
    {
        WriteInt(bytes.Length);
        stream.Write(bytes);
    }

    private void WriteString(string? text)
    {
        if (text is null)
        {
            WriteInt(-1);
            return;
        }

        WriteBytes(Encoding.UTF8.GetBytes(text));
    }

    private void WriteInt(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        stream.Write(buffer, 0, 4);
    }

    private void WriteLong(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        stream.Write(buffer, 0, 8);
    }

    private void WriteBoolean(bool value) => stream.WriteByte(value ? (byte)1 : (byte)0);
}
