using System.Diagnostics;
using Orleans.AsyncHop.Benchmarks.Hosting;
using Orleans.AsyncHop.Benchmarks.Http;
using Orleans.AsyncHop.Benchmarks.Reporting;

namespace Orleans.AsyncHop.Benchmarks.Runs;

/// <summary>
/// Clients that each start a run, poll hop/asyncStatus until it has finished and start the next, for a fixed
/// time. Every run started is followed to its end: a run that does not reach Finished counts as lost.
/// </summary>
public static class SustainedRunsBenchmark
{
    public const string Rate = "runs finished per second, sustained";
    public const string Lost = "runs lost";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(
        HopServerHost server,
        BenchmarkProject project,
        BenchmarkSettings settings,
        ResultTable table,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        progress.WriteLine($"sustained runs: {settings.SustainedClients} clients for {settings.SustainedDuration.TotalSeconds:0} s");
        using var client = LoadDriver.CreateClient(server.BaseAddress, settings.SustainedClients * 2, HopApi.DefaultCredentials);
        long started = 0;
        long finished = 0;
        var failures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.SustainedClients).Select(async _ =>
        {
            while (stopwatch.Elapsed < settings.SustainedDuration)
            {
                var id = await HopApi.StartAsync(client, BenchmarkProject.TrivialService, cancellationToken);
                Interlocked.Increment(ref started);
                try
                {
                    var status = await HopApi.WaitForEndAsync(client, BenchmarkProject.TrivialService, id, PollInterval, RunTimeout, cancellationToken);
                    if (status == HopApi.Finished)
                    {
                        Interlocked.Increment(ref finished);
                        continue;
                    }

                    lock (failures)
                    {
                        failures.Add($"{id}: {status}");
                    }
                }
                catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException)
                {
                    lock (failures)
                    {
                        failures.Add($"{id}: {exception.GetType().Name}");
                    }
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        stopwatch.Stop();

        var engineRate = await MeasureEngineRateAsync(project, settings, cancellationToken);
        var rate = finished / stopwatch.Elapsed.TotalSeconds;
        var lost = started - finished;
        var notes = $"{settings.SustainedClients} clients, {stopwatch.Elapsed.TotalSeconds:0.0} s, started {started:N0}, finished {finished:N0}, " +
            $"status polled every {PollInterval.TotalMilliseconds:0} ms";
        if (failures.Count > 0)
        {
            notes += "; first lost: " + failures[0];
        }

        table.Add(new BenchmarkResult(Rate, rate, engineRate, "runs/s", "same workflow, engine alone, same concurrency", Notes: notes));
        table.Add(new BenchmarkResult(Lost, lost, started, "runs", "runs started", 0, HigherIsBetter: false, Notes: $"{lost} of {started:N0} did not reach Finished"));
    }

    private static async Task<double> MeasureEngineRateAsync(BenchmarkProject project, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var duration = settings.SustainedDuration / 3;
        long runs = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.SustainedClients).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
            {
                await RunLatencyBenchmark.RunWithEngineAsync(project, cancellationToken);
                Interlocked.Increment(ref runs);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        return runs / stopwatch.Elapsed.TotalSeconds;
    }
}
