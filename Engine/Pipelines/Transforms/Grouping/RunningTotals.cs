using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>
/// Cumulative sums, cumulative averages and moving averages over the rows of one group, written into
/// each row as Group by does when it passes all rows on.
/// </summary>
internal sealed class RunningTotals
{
    private readonly IReadOnlyList<Aggregation> aggregations;
    private readonly RowMeta input;
    private readonly RowMeta output;
    private readonly int[] sources;
    private readonly int[] windows;
    private readonly object?[] sums;
    private readonly long[] counts;
    private readonly Queue<double>?[] movingWindows;

    public RunningTotals(IReadOnlyList<Aggregation> aggregations, RowMeta input, RowMeta output, Func<string?, string> resolve)
    {
        this.aggregations = aggregations;
        this.input = input;
        this.output = output;
        sources = aggregations.Select(a => input.IndexOf(a.Subject)).ToArray();
        windows = aggregations.Select(a => int.TryParse(resolve(a.Value), out var w) ? Math.Max(1, w) : 1).ToArray();
        sums = new object?[aggregations.Count];
        counts = new long[aggregations.Count];
        movingWindows = aggregations.Select(a => a.Type == AggregationType.MovingAverage ? new Queue<double>() : null).ToArray();
    }

    public void Apply(object?[] row)
    {
        for (var i = 0; i < aggregations.Count; i++)
        {
            var target = input.Count + i;
            var source = sources[i];
            if (source < 0)
            {
                continue;
            }

            var sourceMeta = input[source];
            var value = row[source];
            var isNull = ValueConverter.IsNull(sourceMeta, value);
            switch (aggregations[i].Type)
            {
                case AggregationType.CumulativeSum:
                    sums[i] = GroupArithmetic.Sum(output[target], sums[i], sourceMeta, value);
                    row[target] = sums[i];
                    break;
                case AggregationType.CumulativeAverage:
                    row[target] = CumulativeAverage(i, sourceMeta, value, isNull, output[target]);
                    break;
                case AggregationType.MovingAverage:
                    row[target] = MovingAverage(i, sourceMeta, value, isNull);
                    break;
            }
        }
    }

    private object? CumulativeAverage(int i, ValueMeta sourceMeta, object? value, bool isNull, ValueMeta targetMeta)
    {
        var sumMeta = sourceMeta.Type == HopValueType.Integer ? new ValueMeta("sum", HopValueType.Integer) : targetMeta;
        sums[i] = GroupArithmetic.Sum(sumMeta, sums[i], sourceMeta, value);
        if (!isNull)
        {
            counts[i]++;
        }

        if (sums[i] is null)
        {
            return null;
        }

        return sourceMeta.Type == HopValueType.Integer
            ? (double)(long)sums[i]! / counts[i]
            : GroupArithmetic.Divide(targetMeta, sums[i], counts[i]);
    }

    private double? MovingAverage(int i, ValueMeta sourceMeta, object? value, bool isNull)
    {
        if (isNull)
        {
            return null;
        }

        var window = movingWindows[i]!;
        window.Enqueue((double)ValueConverter.Convert(value, sourceMeta, new ValueMeta("n", HopValueType.Number))!);
        while (window.Count > windows[i])
        {
            window.Dequeue();
        }

        return window.Count == windows[i] ? window.Sum() / windows[i] : null;
    }
}
