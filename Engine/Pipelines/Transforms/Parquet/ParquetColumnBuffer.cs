using Orleans.AsyncHop.Engine.Values;
using Parquet;
using Parquet.Schema;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Parquet;

/// <summary>
/// The values of one output column of the row group being filled, held in the Parquet type that Hop's
/// Parquet output uses for the field's Hop type.
/// </summary>
internal sealed class ParquetColumnBuffer
{
    private readonly List<long?> longs = [];
    private readonly List<double?> doubles = [];
    private readonly List<bool?> booleans = [];
    private readonly List<DateTime?> dates = [];
    private readonly List<string?> strings = [];
    private readonly List<byte[]?> binaries = [];

    public ParquetColumnBuffer(string targetName, ValueMeta source)
    {
        Source = source;
        Field = source.Type switch
        {
            HopValueType.Integer => new DataField<long?>(targetName),
            HopValueType.Number => new DataField<double?>(targetName),
            HopValueType.Boolean => new DataField<bool?>(targetName),

            // Hop writes Date and Timestamp as INT64 milliseconds since the epoch (timestamp-millis, UTC).
            HopValueType.Date or HopValueType.Timestamp =>
                new DateTimeDataField(targetName, DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Millis, true),
            HopValueType.Binary => new DataField<byte[]>(targetName, true),

            // BigNumber goes out as text, so no precision is lost to a fixed decimal scale.
            HopValueType.String or HopValueType.BigNumber or HopValueType.Json or HopValueType.Uuid =>
                new DataField<string>(targetName, true),
            _ => throw new HopException(
                $"Writing Hop data type '{HopValueTypes.Name(source.Type)}' of field '{source.Name}' to Parquet is not supported."),
        };
    }

    public DataField Field { get; }

    public ValueMeta Source { get; }

    /// <summary>Estimated size in bytes of the values added since the last flush, for the row group size.</summary>
    public long EstimatedBytes { get; private set; }

    public void Add(object? value)
    {
        var isNull = ValueConverter.IsNull(Source, value);
        switch (Source.Type)
        {
            case HopValueType.Integer:
                longs.Add(isNull ? null : (long)ValueConverter.Convert(value, Source, Source with { Type = HopValueType.Integer })!);
                EstimatedBytes += 8;
                break;
            case HopValueType.Number:
                doubles.Add(isNull ? null : (double)ValueConverter.Convert(value, Source, Source with { Type = HopValueType.Number })!);
                EstimatedBytes += 8;
                break;
            case HopValueType.Boolean:
                booleans.Add(isNull ? null : (bool)ValueConverter.Convert(value, Source, Source with { Type = HopValueType.Boolean })!);
                EstimatedBytes += 1;
                break;
            case HopValueType.Date or HopValueType.Timestamp:
                dates.Add(isNull ? null : ToUtc(value));
                EstimatedBytes += 8;
                break;
            case HopValueType.Binary:
                var bytes = isNull ? null : (byte[])ValueConverter.Convert(value, Source, Source with { Type = HopValueType.Binary })!;
                binaries.Add(bytes);
                EstimatedBytes += bytes?.Length ?? 0;
                break;
            default:
                var text = isNull ? null : ValueConverter.ToText(Source, value);
                strings.Add(text);
                EstimatedBytes += text?.Length ?? 0;
                break;
        }
    }

    public async Task FlushAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken)
    {
        switch (Source.Type)
        {
            case HopValueType.Integer:
                await group.WriteAsync<long>(Field, longs.ToArray(), null, null, cancellationToken);
                break;
            case HopValueType.Number:
                await group.WriteAsync<double>(Field, doubles.ToArray(), null, null, cancellationToken);
                break;
            case HopValueType.Boolean:
                await group.WriteAsync<bool>(Field, booleans.ToArray(), null, null, cancellationToken);
                break;
            case HopValueType.Date or HopValueType.Timestamp:
                await group.WriteAsync<DateTime>(Field, dates.ToArray(), null, null, cancellationToken);
                break;
            case HopValueType.Binary:
                await group.WriteAsync(Field, binaries.ToArray(), null);
                break;
            default:
                await group.WriteAsync(Field, strings.ToArray(), null);
                break;
        }

        longs.Clear();
        doubles.Clear();
        booleans.Clear();
        dates.Clear();
        binaries.Clear();
        strings.Clear();
        EstimatedBytes = 0;
    }

    /// <summary>Turns an engine date (local wall time) into the UTC instant Hop's Date.getTime() stands for.</summary>
    private DateTime ToUtc(object? value)
    {
        var date = value as DateTime? ?? (DateTime)ValueConverter.Convert(value, Source, Source with { Type = HopValueType.Date })!;
        return date.Kind == DateTimeKind.Utc ? date : new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Local)).UtcDateTime;
    }
}
