using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>Sum and division on Hop values, in the type of the result field, as Hop's ValueDataUtil does.</summary>
internal static class GroupArithmetic
{
    /// <summary>Adds a value to a running sum; a null on either side leaves the other one.</summary>
    public static object? Sum(ValueMeta resultMeta, object? sum, ValueMeta subjectMeta, object? value)
    {
        if (ValueConverter.IsNull(subjectMeta, value))
        {
            return sum;
        }

        var converted = ValueConverter.Convert(value, subjectMeta, resultMeta);
        if (sum is null)
        {
            return converted;
        }

        return resultMeta.Type switch
        {
            HopValueType.Integer => (long)sum + (long)converted!,
            HopValueType.BigNumber => (decimal)sum + (decimal)converted!,
            _ => System.Convert.ToDouble(sum) + System.Convert.ToDouble(converted),
        };
    }

    /// <summary>Divides a sum by a count: integer division for Integer, as Hop does, and null for a null sum.</summary>
    public static object? Divide(ValueMeta resultMeta, object? sum, long count)
    {
        if (sum is null)
        {
            return null;
        }

        return resultMeta.Type switch
        {
            HopValueType.Integer => count == 0 ? throw new DivideByZeroException() : (long)sum / count,
            HopValueType.BigNumber => count == 0 ? throw new DivideByZeroException() : (decimal)sum / count,
            _ => System.Convert.ToDouble(sum) / count,
        };
    }

    /// <summary>Percentile with Apache Commons Math's default estimate, which Hop uses for median and percentile.</summary>
    public static double Percentile(List<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 1)
        {
            return sorted[0];
        }

        var position = percentile * (sorted.Length + 1) / 100;
        var floor = Math.Floor(position);
        if (position < 1)
        {
            return sorted[0];
        }

        if (position >= sorted.Length)
        {
            return sorted[^1];
        }

        var lower = sorted[(int)floor - 1];
        var upper = sorted[(int)floor];
        return lower + ((position - floor) * (upper - lower));
    }

    /// <summary>The nearest-rank percentile: the value at rank ceil(p/100 × n) of the sorted list.</summary>
    public static double? PercentileNearestRank(List<double> values, double percentile)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        if (index < 1 || index > sorted.Length)
        {
            throw new HopException($"The nearest-rank percentile {percentile} has no value among {sorted.Length} values.");
        }

        return sorted[index - 1];
    }
}
