using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Denormalising;

/// <summary>
/// The target values of the group being read by a Row denormaliser, aggregated as Hop's Denormaliser does.
/// Values are converted to the target type, but MIN and MAX compare in the source type. AVERAGE divides by
/// the number of non-null values.
/// </summary>
internal sealed class DenormaliserGroup(IReadOnlyList<DenormaliserTarget> targets)
{
    private readonly object?[] results = new object?[targets.Count];
    private readonly long[] counters = new long[targets.Count];
    private readonly object?[] sums = new object?[targets.Count];

    /// <summary>When set, a null MIN input counts as a value, as HOP_AGGREGATION_MIN_NULL_IS_VALUED does.</summary>
    public bool MinNullIsValued { get; init; }

    public void Clear()
    {
        Array.Clear(results);
        Array.Clear(counters);
        Array.Clear(sums);
    }

    /// <summary>Adds the value of one row to the target at <paramref name="index"/>.</summary>
    public void Add(int index, ValueMeta sourceMeta, object? value)
    {
        var target = targets[index];
        var meta = target.Meta;
        if (meta.Type is HopValueType.Date or HopValueType.Timestamp && target.Format is { } format)
        {
            sourceMeta = sourceMeta with { ConversionMask = format };
        }

        var previous = results[index];
        switch (target.Aggregation)
        {
            case DenormaliserAggregation.Sum:
                var addend = ToTarget(value, sourceMeta, meta);
                if (previous is null || addend is null)
                {
                    results[index] = previous ?? addend;
                    break;
                }

                results[index] = Plus(meta, previous, addend);
                break;
            case DenormaliserAggregation.Min:
                if (value is null && !MinNullIsValued)
                {
                    break;
                }

                if ((previous is null && !MinNullIsValued) || ValueCompare.Compare(sourceMeta, value, meta, previous) < 0)
                {
                    results[index] = ToTarget(value, sourceMeta, meta);
                }

                break;
            case DenormaliserAggregation.Max:
                if (ValueCompare.Compare(sourceMeta, value, meta, previous) > 0)
                {
                    results[index] = ToTarget(value, sourceMeta, meta);
                }

                break;
            case DenormaliserAggregation.CountAll:
                results[index] = ++counters[index];
                break;
            case DenormaliserAggregation.Average:
                var converted = ToTarget(value, sourceMeta, meta);
                if (!ValueConverter.IsNull(sourceMeta, value))
                {
                    counters[index]++;
                    sums[index] = sums[index] is { } sum ? Plus(meta, sum, converted!) : converted;
                }

                break;
            case DenormaliserAggregation.ConcatComma:
                // Hop joins with Java string concatenation, so a null value is written as "null".
                var text = ToTarget(value, sourceMeta, meta);
                results[index] = previous is null ? text : $"{Text(meta, previous)},{Text(meta, text) ?? "null"}";
                break;
            default:
                results[index] = ToTarget(value, sourceMeta, meta);
                break;
        }
    }

    /// <summary>Returns the value of the target at <paramref name="index"/> for the finished group.</summary>
    public object? Result(int index)
    {
        var target = targets[index];
        var meta = target.Meta;
        switch (target.Aggregation)
        {
            case DenormaliserAggregation.Average:
                var count = counters[index];
                if (count == 0)
                {
                    return null;
                }

                return sums[index] switch
                {
                    long sum => sum / count,
                    double sum => sum / count,
                    decimal sum => sum / count,
                    _ => null,
                };
            case DenormaliserAggregation.CountAll:
                var counted = results[index] ?? 0L;
                return meta.Type == HopValueType.Integer
                    ? counted
                    : ValueConverter.Convert(counted, new ValueMeta("num_values_aggregation", HopValueType.Integer), meta);
            default:
                return results[index];
        }
    }

    /// <summary>
    /// Converts a value to the target type. Text is parsed with the source field's format, as Hop's convertData
    /// does, so a date target's format (set on the source metadata) decides how text becomes a date.
    /// </summary>
    private static object? ToTarget(object? value, ValueMeta sourceMeta, ValueMeta meta)
    {
        if (value is not string text || meta.Type is HopValueType.String or HopValueType.None)
        {
            return ValueConverter.Convert(value, sourceMeta, meta);
        }

        var parser = meta with
        {
            ConversionMask = sourceMeta.ConversionMask,
            DecimalSymbol = sourceMeta.DecimalSymbol,
            GroupingSymbol = sourceMeta.GroupingSymbol,
            CurrencySymbol = sourceMeta.CurrencySymbol,
            Trim = sourceMeta.Trim,
        };
        return ValueConverter.FromString(parser, text);
    }

    private static object Plus(ValueMeta meta, object left, object right) => meta.Type switch
    {
        HopValueType.Integer => (long)left + (long)right,
        HopValueType.Number => (double)left + (double)right,
        HopValueType.BigNumber => (decimal)left + (decimal)right,
        HopValueType.Boolean => (bool)left || (bool)right,
        HopValueType.String or HopValueType.None => Text(meta, left) + Text(meta, right),
        _ => throw new HopException($"SUM and AVERAGE are not supported for type {HopValueTypes.Name(meta.Type)}."),
    };

    private static string? Text(ValueMeta meta, object? value) => ValueConverter.ToText(meta, value);
}
