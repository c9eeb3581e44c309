using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.DataStreams;

/// <summary>
/// Writes rows to an Apache Arrow random access or stream file in record batches, with Hop's type mapping:
/// String as Utf8, Integer as Int64, Number as Float64, BigNumber as Decimal128, Boolean as Bool and Date as
/// a millisecond timestamp in UTC. Other Hop types are rejected.
/// </summary>
public sealed class ArrowRowWriter : IDisposable
{
    private readonly RowMeta rowMeta;
    private readonly Schema schema;
    private readonly int batchSize;
    private readonly FileStream stream;
    private readonly ArrowStreamWriter writer;
    private readonly List<object?[]> buffer = [];

    public ArrowRowWriter(DataStreamDefinition definition, RowMeta rowMeta)
    {
        this.rowMeta = rowMeta;
        schema = BuildSchema(rowMeta);
        batchSize = definition.BatchSize;
        var folder = Path.GetDirectoryName(Path.GetFullPath(definition.FileName));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        stream = File.Create(definition.FileName);
        writer = definition.RandomAccess ? new ArrowFileWriter(stream, schema, leaveOpen: true) : new ArrowStreamWriter(stream, schema, leaveOpen: true);
    }

    public static Schema BuildSchema(RowMeta rowMeta)
    {
        var builder = new Schema.Builder();
        foreach (var meta in rowMeta.Fields)
        {
            IArrowType type = meta.Type switch
            {
                HopValueType.String => StringType.Default,
                HopValueType.Boolean => BooleanType.Default,
                HopValueType.Integer => Int64Type.Default,
                HopValueType.Number => DoubleType.Default,
                HopValueType.BigNumber => DecimalType(meta),
                HopValueType.Date => new TimestampType(TimeUnit.Millisecond, "UTC"),
                _ => throw new HopException(
                    $"Writing field '{meta.Name}' of type {HopValueTypes.Name(meta.Type)} to an Apache Arrow data stream is not supported."),
            };
            builder.Field(new Field(meta.Name, type, nullable: true));
        }

        return builder.Build();
    }

    public async Task WriteRowAsync(object?[] row, CancellationToken cancellationToken = default)
    {
        buffer.Add(row);
        if (buffer.Count >= batchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes the rows still buffered and the end of the file.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await writer.WriteEndAsync(cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (buffer.Count == 0)
        {
            return;
        }

        var arrays = new List<IArrowArray>();
        for (var i = 0; i < rowMeta.Count; i++)
        {
            arrays.Add(BuildArray(rowMeta[i], schema.GetFieldByIndex(i).DataType, i));
        }

        await writer.WriteRecordBatchAsync(new RecordBatch(schema, arrays, buffer.Count), cancellationToken);
        buffer.Clear();
    }

    private IArrowArray BuildArray(ValueMeta meta, IArrowType type, int index)
    {
        var values = buffer.Select(row => index < row.Length ? row[index] : null);
        switch (meta.Type)
        {
            case HopValueType.String:
                var strings = new StringArray.Builder();
                foreach (var value in values)
                {
                    strings.Append(value is null ? null : ValueConverter.ToText(meta, value));
                }

                return strings.Build();
            case HopValueType.Boolean:
                var booleans = new BooleanArray.Builder();
                foreach (var value in values)
                {
                    if (value is null)
                    {
                        booleans.AppendNull();
                    }
                    else
                    {
                        booleans.Append((bool)value);
                    }
                }

                return booleans.Build();
            case HopValueType.Integer:
                return Append(new Int64Array.Builder(), values, v => (long)v);
            case HopValueType.Number:
                return Append(new DoubleArray.Builder(), values, v => (double)v);
            case HopValueType.BigNumber:
                var decimals = new Decimal128Array.Builder((Decimal128Type)type);
                foreach (var value in values)
                {
                    if (value is null)
                    {
                        decimals.AppendNull();
                    }
                    else
                    {
                        AppendDecimal(decimals, meta, (decimal)value, ((Decimal128Type)type).Scale);
                    }
                }

                return decimals.Build();
            default:
                var timestamps = new TimestampArray.Builder((TimestampType)type);
                foreach (var value in values)
                {
                    if (value is null)
                    {
                        timestamps.AppendNull();
                    }
                    else
                    {
                        timestamps.Append(new DateTimeOffset(DateTime.SpecifyKind((DateTime)value, DateTimeKind.Local)));
                    }
                }

                return timestamps.Build();
        }
    }

    private static IArrowArray Append<T, TArray, TBuilder>(PrimitiveArrayBuilder<T, TArray, TBuilder> builder, IEnumerable<object?> values, Func<object, T> convert)
        where T : struct, IEquatable<T>
        where TArray : IArrowArray
        where TBuilder : class, IArrowArrayBuilder<TArray>
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                builder.AppendNull();
            }
            else
            {
                builder.Append(convert(value));
            }
        }

        return builder.Build(default);
    }

    /// <summary>Appends a decimal; more fraction digits than the column's scale fail, as in Hop's DecimalVector.</summary>
    private static void AppendDecimal(Decimal128Array.Builder builder, ValueMeta meta, decimal value, int scale)
    {
        try
        {
            builder.Append(value);
        }
        catch (OverflowException exception)
        {
            throw new HopException($"the value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} of " +
                $"BigNumber field '{meta.Name}' has more decimals than the field's precision {scale}; " +
                "set the field's precision to the number of decimals to keep.", exception);
        }
    }

    // TODO: Hop writes a BigNumber with the field's length and precision as the decimal's precision and scale.
    // A field without a length gets the widest Decimal128 precision here, which Hop does not define.
    private static Decimal128Type DecimalType(ValueMeta meta) =>
        new(meta.Length is > 0 and <= 38 ? meta.Length : 38, Math.Max(0, meta.Precision));
}
