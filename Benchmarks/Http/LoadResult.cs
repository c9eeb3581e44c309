namespace Orleans.AsyncHop.Benchmarks.Http;

/// <summary>What one endpoint did under load: successful requests, failures, elapsed time and latencies.</summary>
public sealed record LoadResult(long Succeeded, long Failed, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMilliseconds)
{
    public double RequestsPerSecond => Succeeded / Elapsed.TotalSeconds;

    public static LoadResult Combine(IEnumerable<LoadResult> parts)
    {
        var list = parts.ToList();
        return new LoadResult(
            list.Sum(p => p.Succeeded),
            list.Sum(p => p.Failed),
            TimeSpan.FromTicks(list.Sum(p => p.Elapsed.Ticks)),
            list.SelectMany(p => p.LatenciesMilliseconds).ToList());
    }
}
