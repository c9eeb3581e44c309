namespace Orleans.AsyncHop.Benchmarks.Http;

/// <summary>Percentiles of a set of durations, by nearest rank.</summary>
public sealed class LatencyStats
{
    private readonly double[] sortedMilliseconds;

    public LatencyStats(IEnumerable<double> milliseconds)
    {
        sortedMilliseconds = milliseconds.ToArray();
        Array.Sort(sortedMilliseconds);
    }

    public int Count => sortedMilliseconds.Length;

    public double Median => Percentile(50);

    public double P99 => Percentile(99);

    public double Percentile(double percent)
    {
        if (sortedMilliseconds.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sortedMilliseconds.Length);
        return sortedMilliseconds[Math.Clamp(rank - 1, 0, sortedMilliseconds.Length - 1)];
    }
}
