using System.Diagnostics;
using Orleans.AsyncHop.Benchmarks.Hosting;
using Orleans.AsyncHop.Benchmarks.Http;
using Orleans.AsyncHop.Benchmarks.Reporting;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Benchmarks.Runs;

/// <summary>
/// hop/asyncRun → Finished for a workflow that goes straight from Start to Success, one run after another,
/// against the same workflow run by the engine alone in this process (what the server adds on top).
/// </summary>
public static class RunLatencyBenchmark
{
    public const string Median = "asyncRun → Finished p50";
    public const string P99 = "asyncRun → Finished p99";

    private const int WarmUpRuns = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(
        HopServerHost server,
        BenchmarkProject project,
        BenchmarkSettings settings,
        ResultTable table,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        using var client = LoadDriver.CreateClient(server.BaseAddress, 4, HopApi.DefaultCredentials);
        progress.WriteLine($"run latency: {settings.LatencyRuns} runs through the server, then by the engine alone");
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await RunThroughServerAsync(client, cancellationToken);
            await RunWithEngineAsync(project, cancellationToken);
        }

        var throughServer = new List<double>(settings.LatencyRuns);
        var engine = new List<double>(settings.LatencyRuns);
        for (var i = 0; i < settings.LatencyRuns; i++)
        {
            throughServer.Add(await RunThroughServerAsync(client, cancellationToken));
            engine.Add(await RunWithEngineAsync(project, cancellationToken));
        }

        var measured = new LatencyStats(throughServer);
        var reference = new LatencyStats(engine);
        const string Baseline = "same workflow, engine alone in process";
        var notes = $"{settings.LatencyRuns} runs, status polled every {PollInterval.TotalMilliseconds:0} ms";
        table.Add(new BenchmarkResult(Median, measured.Median, reference.Median, "ms", Baseline, HigherIsBetter: false, Notes: notes));
        table.Add(new BenchmarkResult(P99, measured.P99, reference.P99, "ms", Baseline, HigherIsBetter: false, Notes: notes));
    }

    private static async Task<double> RunThroughServerAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var id = await HopApi.StartAsync(client, BenchmarkProject.TrivialService, cancellationToken);
        var status = await HopApi.WaitForEndAsync(client, BenchmarkProject.TrivialService, id, PollInterval, RunTimeout, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (status != HopApi.Finished)
        {
            throw new InvalidOperationException($"Run {id} of the trivial workflow ended as '{status}'.");
        }

        return elapsed;
    }

    internal static async Task<double> RunWithEngineAsync(BenchmarkProject project, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await LocalRunner.RunFileAsync(project.TrivialWorkflow, project.Home, new Dictionary<string, string>(),
            cancellationToken: cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!outcome.Success)
        {
            throw new InvalidOperationException($"The trivial workflow failed in the engine: {outcome.ErrorDescription}");
        }

        return elapsed;
    }
}
