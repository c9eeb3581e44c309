using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using Orleans.AsyncHop.Engine.Json;

namespace Orleans.AsyncHop.Engine.Values.Serialization;

/// <summary>
/// Reads row layouts and rows written in Hop's binary row serialization (Java DataInputStream layout). Fields
/// stored as binary strings or indexed values are converted to their normal values while reading.
/// </summary>
public sealed class HopRowReader(Stream stream)
{
    private readonly byte[] buffer = new byte[8];
    private readonly List<FieldStorage> storages = [];

    /// <summary>Reads the number of fields and the metadata of each field.</summary>
    public RowMeta ReadMeta()
    {
        var count = ReadInt();
        if (count < 0)
        {
            throw new HopException($"the row metadata declares {count} fields.");
        }

        var fields = new List<ValueMeta>(count);
        storages.Clear();
        for (var i = 0; i < count; i++)
        {
            var (field, storage) = ReadValueMeta((HopValueType)ReadInt());
            fields.Add(field);
            storages.Add(storage);
        }

        return new RowMeta(fields);
    }

    /// <summary>Reads the values of one row, or returns null at the end of the stream before a row starts.</summary>
    public object?[]? ReadData(RowMeta meta)
    {
        var row = new object?[meta.Count];
        for (var i = 0; i < meta.Count; i++)
        {
            var first = stream.ReadByte();
            if (first < 0 && i == 0)
            {
                return null;
            }

            if (first < 0)
            {
                throw new EndOfStreamException($"the stream ends inside the value of field '{meta[i].Name}'.");
            }

            row[i] = first != 0 ? null : ReadValue(meta[i], i < storages.Count ? storages[i] : FieldStorage.Normal);
        }

        if (meta.Count == 0 && stream.ReadByte() < 0)
        {
            return null;
        }

        return row;
    }

    private (ValueMeta Field, FieldStorage Storage) ReadValueMeta(HopValueType type)
    {
        var storage = FieldStorage.Normal;
        var storageType = ReadInt();
        switch (storageType)
        {
            case HopRowFormat.StorageIndexed:
                var size = ReadInt();
                var index = new object?[Math.Max(size, 0)];
                for (var i = 0; i < index.Length; i++)
                {
                    index[i] = ReadContent(new ValueMeta(string.Empty, type));
                }

                storage = new FieldStorage(storageType, index);
                break;
            case HopRowFormat.StorageBinaryString:
                storage = new FieldStorage(storageType, null);
                if (ReadBoolean())
                {
                    ReadValueMeta((HopValueType)ReadInt());
                }

                break;
            case HopRowFormat.StorageNormal:
                break;
            default:
                throw new HopException($"unknown storage type {storageType} for a field of type {HopValueTypes.Name(type)}.");
        }

        var name = ReadString() ?? string.Empty;
        var length = ReadInt();
        var precision = ReadInt();
        var origin = ReadString();
        ReadString();
        var mask = ReadString();
        var decimalSymbol = ReadString();
        var groupingSymbol = ReadString();
        var currencySymbol = ReadString();
        var trim = ReadInt();
        var caseInsensitive = ReadBoolean();
        ReadString();
        ReadBoolean();
        ReadInt();
        ReadBoolean();
        ReadBoolean();
        var dateLenient = ReadBoolean();
        ReadString();
        ReadString();
        var numberLenient = ReadBoolean();
        var field = new ValueMeta(name, type)
        {
            Length = length,
            Precision = precision,
            Origin = origin,
            ConversionMask = mask,
            DecimalSymbol = decimalSymbol,
            GroupingSymbol = groupingSymbol,
            CurrencySymbol = currencySymbol,
            Trim = Enum.IsDefined(typeof(TrimType), trim) ? (TrimType)trim : TrimType.None,
            CaseInsensitive = caseInsensitive,
            DateFormatLenient = dateLenient,
            LenientStringToNumber = numberLenient,
        };
        return (field, storage);
    }

    private object? ReadValue(ValueMeta field, FieldStorage storage)
    {
        switch (storage.Type)
        {
            case HopRowFormat.StorageIndexed:
                var position = ReadInt();
                if (storage.Index is null || position < 0 || position >= storage.Index.Length)
                {
                    throw new HopException($"field '{field.Name}': index {position} is invalid because the field has {storage.Index?.Length ?? 0} indexed values.");
                }

                return storage.Index[position];
            case HopRowFormat.StorageBinaryString:
                var bytes = ReadBytes();
                return ValueConverter.FromString(field, TrimTypes.Apply(field.Trim, Encoding.UTF8.GetString(bytes)));
            default:
                return ReadContent(field);
        }
    }

    private object? ReadContent(ValueMeta field)
    {
        switch (field.Type)
        {
            case HopValueType.String:
                return ReadString();
            case HopValueType.Number:
                return BitConverter.Int64BitsToDouble(ReadLong());
            case HopValueType.Integer:
                return ReadLong();
            case HopValueType.Date:
                return HopRowFormat.FromEpochMilliseconds(ReadLong());
            case HopValueType.Timestamp:
                var date = HopRowFormat.FromEpochMilliseconds(ReadLong());
                var nanos = ReadInt();
                return date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond)).AddTicks(nanos / 100);
            case HopValueType.BigNumber:
                var text = ReadString() ?? string.Empty;
                return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            case HopValueType.Boolean:
                return ReadBoolean();
            case HopValueType.Binary:
                return ReadBytes();
            case HopValueType.Json:
                return LenientJson.Parse(Encoding.UTF8.GetString(ReadBytes()));
            case HopValueType.InternetAddress:
                return new IPAddress(ReadBytes());
            default:
                throw new HopException($"field '{field.Name}': values of type {HopValueTypes.Name(field.Type)} can't be de-serialized.");
        }
    }

    private string? ReadString()
    {
        var length = ReadInt();
        return length < 0 ? null : Encoding.UTF8.GetString(ReadExactly(length));
    }

    private byte[] ReadBytes()
    {
        var length = ReadInt();
        if (length < 0)
        {
            throw new HopException($"a binary value has the negative length {length}.");
        }

        return ReadExactly(length);
    }

    private byte[] ReadExactly(int length)
    {
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private int ReadInt()
    {
        stream.ReadExactly(buffer, 0, 4);
        return BinaryPrimitives.ReadInt32BigEndian(buffer);
    }

    private long ReadLong()
    {
        stream.ReadExactly(buffer, 0, 8);
        return BinaryPrimitives.ReadInt64BigEndian(buffer);
    }

    private bool ReadBoolean()
    {
        stream.ReadExactly(buffer, 0, 1);
        return buffer[0] != 0;
    }

    private sealed record FieldStorage(int Type, object?[]? Index)
    {
        public static FieldStorage Normal { get; } = new(HopRowFormat.StorageNormal, null);
    }
}
