using Orleans.AsyncHop.Benchmarks.Hosting;
using Orleans.AsyncHop.Benchmarks.Http;
using Orleans.AsyncHop.Benchmarks.Pipelines;
using Orleans.AsyncHop.Benchmarks.Reporting;
using Orleans.AsyncHop.Benchmarks.Runs;

namespace Orleans.AsyncHop.Benchmarks;

/// <summary>Runs every benchmark in turn and collects one table; the smoke test calls this too.</summary>
public static class BenchmarkSuite
{
    /// <summary>Every row the table has after a complete run, in order.</summary>
    public static IReadOnlyList<string> RowNames { get; } =
    [
        StatusThroughputBenchmark.Throughput,
        StatusThroughputBenchmark.Median,
        StatusThroughputBenchmark.P99,
        RunLatencyBenchmark.Median,
        RunLatencyBenchmark.P99,
        SustainedRunsBenchmark.Rate,
        SustainedRunsBenchmark.Lost,
        MemoryBenchmark.ActiveBytes,
        EngineBenchmark.RowPipeline,
        EngineBenchmark.SortPipeline,
        MemoryBenchmark.IdleBytes,
        MemoryBenchmark.Activations,
    ];

    public static async Task<ResultTable> RunAsync(BenchmarkSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var table = new ResultTable();
        using var project = BenchmarkProject.Create();
        var engineBytesPerRun = await MemoryBenchmark.MeasureEngineBytesPerRunAsync(project, settings.MemoryRuns, cancellationToken);

        await using (var server = await HopServerHost.StartAsync(project.Home, collectionAge: null, cancellationToken))
        {
            await StatusThroughputBenchmark.RunAsync(server, settings, table, progress, cancellationToken);
            await RunLatencyBenchmark.RunAsync(server, project, settings, table, progress, cancellationToken);
            await SustainedRunsBenchmark.RunAsync(server, project, settings, table, progress, cancellationToken);
            await MemoryBenchmark.RunActiveAsync(server, engineBytesPerRun, settings, table, progress, cancellationToken);
        }

        EngineBenchmark.Run(settings, table, progress);
        await MemoryBenchmark.RunCollectedAsync(project, engineBytesPerRun, settings, table, progress, cancellationToken);
        return table;
    }
}
