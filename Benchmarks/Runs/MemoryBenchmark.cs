using System.Diagnostics;
using Orleans.AsyncHop.Benchmarks.Hosting;
using Orleans.AsyncHop.Benchmarks.Reporting;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Grains;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Benchmarks.Runs;

/// <summary>
/// Many finished runs kept by one silo. It measures the GC heap each one costs while its grain is still
/// active and after idle grains have been collected, against the engine's own finished-run objects kept in
/// a list. It also counts the run activations left once the shortened collection age has passed.
/// </summary>
public static class MemoryBenchmark
{
    public const string ActiveBytes = "GC heap per finished run, grain active";
    public const string IdleBytes = "GC heap per finished run, grain collected";
    public const string Activations = "run activations left after idle collection";

    private const string EngineBaseline = "engine's finished run objects, kept in a list";
    private const int Concurrency = 32;
    private const int WarmUpRuns = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Heap per finished run while its grain is still active, measured in the main server, whose collection
    /// age is the default (far longer than the benchmark).
    /// </summary>
    public static async Task RunActiveAsync(
        HopServerHost server,
        double engineBytes,
        BenchmarkSettings settings,
        ResultTable table,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        progress.WriteLine($"memory: {settings.MemoryRuns:N0} runs held by the server");
        await RunManyAsync(server.Grains, WarmUpRuns, settings.MemoryTimeLimit, null, cancellationToken);
        var before = ForcedHeapBytes();
        var activationsBefore = await CountRunActivationsAsync(server.Grains);

        var runs = await RunManyAsync(server.Grains, settings.MemoryRuns, settings.MemoryTimeLimit, progress, cancellationToken);
        var active = ForcedHeapBytes();
        var added = await CountRunActivationsAsync(server.Grains) - activationsBefore;

        table.Add(new BenchmarkResult(ActiveBytes, (active - before) / (double)runs, engineBytes, "B", EngineBaseline,
            HigherIsBetter: false,
            Notes: $"{Planned(runs, settings)}, {added:N0} new run activations; heap {Megabytes(before)} → {Megabytes(active)} MB"));
    }

    /// <summary>
    /// Heap per finished run after idle runs have been deactivated, and the activations left, in a silo of
    /// its own whose collection age is shortened.
    /// </summary>
    public static async Task RunCollectedAsync(
        BenchmarkProject project,
        double engineBytes,
        BenchmarkSettings settings,
        ResultTable table,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        progress.WriteLine($"memory: {settings.MemoryRuns:N0} runs in a silo with collection age {settings.CollectionAge.TotalSeconds:0} s");
        await using var server = await HopServerHost.StartAsync(project.Home, settings.CollectionAge, cancellationToken);
        await RunManyAsync(server.Grains, WarmUpRuns, settings.MemoryTimeLimit, null, cancellationToken);
        var before = ForcedHeapBytes();

        var runs = await RunManyAsync(server.Grains, settings.MemoryRuns, settings.MemoryTimeLimit, progress, cancellationToken);
        var waited = await WaitForCollectionAsync(server.Grains, settings, cancellationToken);
        var idle = ForcedHeapBytes();
        var left = await CountRunActivationsAsync(server.Grains);

        table.Add(new BenchmarkResult(IdleBytes, (idle - before) / (double)runs, engineBytes, "B", EngineBaseline,
            HigherIsBetter: false,
            Notes: $"{Planned(runs, settings)}; heap {Megabytes(before)} → {Megabytes(idle)} MB"));
        table.Add(new BenchmarkResult(Activations, left, runs, "", "runs kept by the silo", 0.01, HigherIsBetter: false,
            Notes: $"collection age {settings.CollectionAge.TotalSeconds:0} s, waited {waited.TotalSeconds:0} s after the last run"));
    }

    /// <summary>
    /// The baseline: heap per finished run of the engine alone, holding each run's outcome. Measured before
    /// any server starts, while nothing else allocates.
    /// </summary>
    public static async Task<double> MeasureEngineBytesPerRunAsync(BenchmarkProject project, int runs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await RunLatencyBenchmark.RunWithEngineAsync(project, cancellationToken);
        }

        var held = new List<LocalRunOutcome>(runs);
        var before = ForcedHeapBytes();
        for (var i = 0; i < runs; i++)
        {
            held.Add(await LocalRunner.RunFileAsync(project.TrivialWorkflow, project.Home, new Dictionary<string, string>(),
                cancellationToken: cancellationToken));
        }

        var after = ForcedHeapBytes();
        GC.KeepAlive(held);
        return (after - before) / (double)runs;
    }

    /// <summary>
    /// Runs the trivial workflow <paramref name="count"/> times, 32 at a time, and waits for each to finish.
    /// No new run starts after <paramref name="timeLimit"/>; returns how many runs finished.
    /// </summary>
    private static async Task<int> RunManyAsync(
        IGrainFactory grains,
        int count,
        TimeSpan timeLimit,
        TextWriter? progress,
        CancellationToken cancellationToken)
    {
        var next = -1;
        var finished = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Min(Concurrency, count)).Select(async _ =>
        {
            while (stopwatch.Elapsed < timeLimit && Interlocked.Increment(ref next) < count)
            {
                try
                {
                    await RunOneAsync(grains, cancellationToken);
                }
                catch (Exception exception) when (exception is TimeoutException
                    || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Orleans gives up on a grain call after 30 s, and RunOneAsync waits 60 s for the end.
                    // Such a run is not counted, and the others go on.
                    progress?.WriteLine($"memory: a run did not finish in time ({exception.GetType().Name})");
                    continue;
                }

                var done = Interlocked.Increment(ref finished);
                if (progress is not null && done % Math.Max(1, count / 10) == 0)
                {
                    progress.WriteLine($"memory: {done:N0} runs finished after {stopwatch.Elapsed.TotalSeconds:0} s");
                }
            }
        });
        await Task.WhenAll(workers);
        return finished;
    }

    private static async Task RunOneAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var request = new StartRunRequest(BenchmarkProject.TrivialService, null, new Dictionary<string, string>(), null,
            new Dictionary<string, string>());
        var response = await grains.GetGrain<IAsyncServiceGrain>(BenchmarkProject.TrivialService).StartAsync(request, cancellationToken);
        if (response.Error is { } error)
        {
            throw new InvalidOperationException($"The trivial service rejected a run: {error.Message}");
        }

        var run = grains.GetGrain<IWorkflowExecutionGrain>(response.ContainerId!);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (await run.GetStatusAsync(limit.Token) is not { State: RunState.Finished })
        {
            await Task.Delay(PollInterval, limit.Token);
        }
    }

    /// <summary>Polls the activation count until the idle runs are gone or three collection ages have passed.</summary>
    private static async Task<TimeSpan> WaitForCollectionAsync(IGrainFactory grains, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var limit = settings.CollectionAge * 3 + TimeSpan.FromSeconds(5);
        while (stopwatch.Elapsed < limit && await CountRunActivationsAsync(grains) > 0)
        {
            await Task.Delay(settings.CollectionAge / 8, cancellationToken);
        }

        return stopwatch.Elapsed;
    }

    private static async Task<int> CountRunActivationsAsync(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics
            .Where(s => s.GrainType.Contains(nameof(WorkflowExecutionGrain), StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);
    }

    private static long ForcedHeapBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Planned(int runs, BenchmarkSettings settings) => runs == settings.MemoryRuns
        ? $"{runs:N0} runs"
        : $"{runs:N0} of {settings.MemoryRuns:N0} runs, stopped at the {settings.MemoryTimeLimit.TotalMinutes:0}-minute limit";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
