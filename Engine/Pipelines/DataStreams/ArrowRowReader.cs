using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.DataStreams;

/// <summary>
/// Reads rows from an Apache Arrow random access or stream file, mapping Arrow types back to Hop's as Hop
/// does: Utf8 to String, integers to Integer, floating point to Number, decimals to BigNumber, Bool to Boolean
/// and timestamps to Date.
/// </summary>
public sealed class ArrowRowReader : IDisposable
{
    private readonly FileStream stream;
    private readonly ArrowStreamReader reader;

    public ArrowRowReader(DataStreamDefinition definition)
    {
        if (!File.Exists(definition.FileName))
        {
            throw new HopException($"The Arrow file '{definition.FileName}' of data stream '{definition.Name}' does not exist.");
        }

        stream = File.OpenRead(definition.FileName);
        reader = definition.RandomAccess ? new ArrowFileReader(stream, leaveOpen: true) : new ArrowStreamReader(stream, leaveOpen: true);
        try
        {
            var schema = reader.Schema ?? throw new HopException(
                $"The Arrow file '{definition.FileName}' of data stream '{definition.Name}' is empty; it holds no schema.");
            RowMeta = new RowMeta(schema.FieldsList.Select(ToValueMeta));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public RowMeta RowMeta { get; }

    /// <summary>Returns the rows of the next record batch, or null at the end of the file.</summary>
    public async Task<List<object?[]>?> ReadBatchAsync(CancellationToken cancellationToken = default)
    {
        using var batch = await reader.ReadNextRecordBatchAsync(cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var rows = new List<object?[]>(batch.Length);
        for (var r = 0; r < batch.Length; r++)
        {
            var row = new object?[RowMeta.Count];
            for (var c = 0; c < RowMeta.Count; c++)
            {
                row[c] = ValueAt(batch.Column(c), r);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }

    private static ValueMeta ToValueMeta(Field field) => new(field.Name, field.DataType.TypeId switch
    {
        ArrowTypeId.String => HopValueType.String,
        ArrowTypeId.Int8 or ArrowTypeId.Int16 or ArrowTypeId.Int32 or ArrowTypeId.Int64
            or ArrowTypeId.UInt8 or ArrowTypeId.UInt16 or ArrowTypeId.UInt32 => HopValueType.Integer,
        ArrowTypeId.Boolean => HopValueType.Boolean,
        ArrowTypeId.Timestamp => HopValueType.Date,
        ArrowTypeId.Decimal128 => HopValueType.BigNumber,
        ArrowTypeId.HalfFloat or ArrowTypeId.Float or ArrowTypeId.Double => HopValueType.Number,
        _ => throw new HopException($"The Arrow type {field.DataType.Name} of field '{field.Name}' is not supported by Hop's data streams."),
    });

    private static object? ValueAt(IArrowArray array, int index)
    {
        if (array.IsNull(index))
        {
            return null;
        }

        return array switch
        {
            StringArray strings => strings.GetString(index),
            Int64Array longs => longs.GetValue(index),
            Int32Array ints => (long?)ints.GetValue(index),
            Int16Array shorts => (long?)shorts.GetValue(index),
            Int8Array bytes => (long?)bytes.GetValue(index),
            UInt32Array uints => (long?)uints.GetValue(index),
            UInt16Array ushorts => (long?)ushorts.GetValue(index),
            UInt8Array ubytes => (long?)ubytes.GetValue(index),
            DoubleArray doubles => doubles.GetValue(index),
            FloatArray floats => (double?)floats.GetValue(index),
            BooleanArray booleans => booleans.GetValue(index),
            TimestampArray timestamps => timestamps.GetTimestamp(index)?.LocalDateTime,
            Decimal128Array decimals => decimals.GetValue(index),
            _ => throw new HopException($"Reading Arrow values of type {array.Data.DataType.Name} is not supported."),
        };
    }
}
