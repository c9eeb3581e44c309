using Orleans.AsyncHop.Benchmarks.Hosting;
using Orleans.AsyncHop.Benchmarks.Reporting;

namespace Orleans.AsyncHop.Benchmarks.Http;

/// <summary>
/// hop/asyncStatus of a finished run, served by our server, against a bare ASP.NET Core endpoint in the
/// same process that returns a JSON body of the same size. Both are loaded by the same number of
/// concurrent loopback clients in alternating rounds, so that noise from the machine hits both alike.
/// </summary>
public static class StatusThroughputBenchmark
{
    public const string Throughput = "hop/asyncStatus throughput";
    public const string Median = "hop/asyncStatus latency p50";
    public const string P99 = "hop/asyncStatus latency p99";

    private const int Rounds = 2;

    public static async Task RunAsync(
        HopServerHost server,
        BenchmarkSettings settings,
        ResultTable table,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        using var hop = LoadDriver.CreateClient(server.BaseAddress, settings.HttpClients, HopApi.DefaultCredentials);
        var id = await HopApi.StartAsync(hop, BenchmarkProject.TrivialService, cancellationToken);
        await HopApi.WaitForEndAsync(hop, BenchmarkProject.TrivialService, id, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30), cancellationToken);
        var path = HopApi.StatusPath(BenchmarkProject.TrivialService, id);
        var body = await hop.GetStringAsync(path, cancellationToken);

        await using var bare = await BareJsonHost.StartAsync(body, cancellationToken);
        using var bareClient = LoadDriver.CreateClient(bare.BaseAddress, settings.HttpClients);
        var warmUp = TimeSpan.FromSeconds(settings.Smoke ? 0.2 : 2);
        await LoadDriver.RunAsync(bareClient, BareJsonHost.Path, settings.HttpClients, warmUp, settings.HttpMaxRequests, cancellationToken);
        await LoadDriver.RunAsync(hop, path, settings.HttpClients, warmUp, settings.HttpMaxRequests, cancellationToken);

        var round = settings.HttpDuration / Rounds;
        var ours = new List<LoadResult>();
        var baseline = new List<LoadResult>();
        for (var i = 0; i < Rounds; i++)
        {
            progress.WriteLine($"status throughput: round {i + 1} of {Rounds}, {settings.HttpClients} clients, {round.TotalSeconds:0.#} s per endpoint");
            baseline.Add(await LoadDriver.RunAsync(bareClient, BareJsonHost.Path, settings.HttpClients, round, settings.HttpMaxRequests / Rounds, cancellationToken));
            ours.Add(await LoadDriver.RunAsync(hop, path, settings.HttpClients, round, settings.HttpMaxRequests / Rounds, cancellationToken));
        }

        var measured = LoadResult.Combine(ours);
        var reference = LoadResult.Combine(baseline);
        var measuredLatency = new LatencyStats(measured.LatenciesMilliseconds);
        var referenceLatency = new LatencyStats(reference.LatenciesMilliseconds);
        const string Bare = "bare ASP.NET Core endpoint, same JSON size";
        var notes = $"{settings.HttpClients} clients, {body.Length} B body, {measured.Succeeded:N0} vs {reference.Succeeded:N0} requests, " +
            $"{measured.Failed + reference.Failed} failed";
        table.Add(new BenchmarkResult(Throughput, measured.RequestsPerSecond, reference.RequestsPerSecond, "req/s", Bare, 0.5, Notes: notes));
        table.Add(new BenchmarkResult(Median, measuredLatency.Median, referenceLatency.Median, "ms", Bare, HigherIsBetter: false));
        table.Add(new BenchmarkResult(P99, measuredLatency.P99, referenceLatency.P99, "ms", Bare, HigherIsBetter: false));
    }
}
