using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Orleans.AsyncHop.Benchmarks.Reporting;

namespace Orleans.AsyncHop.Benchmarks.Pipelines;

/// <summary>
/// The engine against hand-written C#. The full run uses BenchmarkDotNet in process, a few whole-pipeline
/// iterations each. Smoke mode calls the same benchmark methods once each on small inputs, timed by a stopwatch.
/// </summary>
public static class EngineBenchmark
{
    public const string RowPipeline = "engine: generate → constants → select → filter → dummy";
    public const string SortPipeline = "engine: CSV input → sort → text file output";

    private const double RowTarget = 0.25;

    public static void Run(BenchmarkSettings settings, ResultTable table, TextWriter progress)
    {
        if (settings.Smoke)
        {
            RunOnce(settings, table);
            return;
        }

        var artifacts = Path.Combine(Path.GetTempPath(), "asynchop-benchmarks", "BenchmarkDotNet.Artifacts");
        var logPath = Path.Combine(artifacts, "engine.log");
        Directory.CreateDirectory(artifacts);
        progress.WriteLine($"engine: BenchmarkDotNet in process, {settings.EngineRows:N0} and {settings.SortRows:N0} rows (log: {logPath})");
        using var log = new StreamLogger(logPath);
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(log)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(artifacts);

        var rows = Median(BenchmarkRunner.Run<RowPipelineBenchmarks>(config));
        var sort = Median(BenchmarkRunner.Run<SortPipelineBenchmarks>(config));
        AddRows(table, settings, rows, sort, "BenchmarkDotNet, median of 3 iterations");
    }

    private static void RunOnce(BenchmarkSettings settings, ResultTable table)
    {
        var rowBenchmarks = new RowPipelineBenchmarks { Rows = settings.EngineRows };
        var sortBenchmarks = new SortPipelineBenchmarks { Rows = settings.SortRows };
        rowBenchmarks.Setup();
        sortBenchmarks.Setup();
        try
        {
            var rows = new Dictionary<string, TimeSpan>
            {
                [nameof(RowPipelineBenchmarks.HandWrittenLoop)] = Time(rowBenchmarks.HandWrittenLoop, settings.EngineRows),
                [nameof(RowPipelineBenchmarks.EnginePipeline)] = Time(rowBenchmarks.EnginePipeline, settings.EngineRows),
            };
            var sort = new Dictionary<string, TimeSpan>
            {
                [nameof(SortPipelineBenchmarks.HandWritten)] = Time(sortBenchmarks.HandWritten, settings.SortRows),
                [nameof(SortPipelineBenchmarks.EnginePipeline)] = Time(sortBenchmarks.EnginePipeline, settings.SortRows),
            };
            if (!File.ReadLines(sortBenchmarks.EngineOutput).SequenceEqual(File.ReadLines(sortBenchmarks.HandOutput)))
            {
                throw new InvalidOperationException("The engine's sorted file differs from the one sorted by hand.");
            }

            AddRows(table, settings, rows, sort, "one stopwatch-timed run each (smoke)");
        }
        finally
        {
            rowBenchmarks.Cleanup();
            sortBenchmarks.Cleanup();
        }
    }

    private static TimeSpan Time(Func<long> benchmark, long expectedRows)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = benchmark();
        stopwatch.Stop();
        if (rows != expectedRows)
        {
            throw new InvalidOperationException($"The benchmark passed {rows} rows on instead of {expectedRows}.");
        }

        return stopwatch.Elapsed;
    }

    private static Dictionary<string, TimeSpan> Median(Summary summary)
    {
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => r.ResultStatistics is null))
        {
            var errors = string.Join("; ", summary.ValidationErrors.Select(e => e.Message));
            throw new InvalidOperationException($"BenchmarkDotNet could not measure {summary.Title}: {errors} (see its log).");
        }

        return summary.Reports.ToDictionary(
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r => TimeSpan.FromMicroseconds(r.ResultStatistics!.Median / 1000));
    }

    private static void AddRows(
        ResultTable table,
        BenchmarkSettings settings,
        Dictionary<string, TimeSpan> rows,
        Dictionary<string, TimeSpan> sort,
        string how)
    {
        var engineRows = settings.EngineRows / rows[nameof(RowPipelineBenchmarks.EnginePipeline)].TotalSeconds;
        var loopRows = settings.EngineRows / rows[nameof(RowPipelineBenchmarks.HandWrittenLoop)].TotalSeconds;
        table.Add(new BenchmarkResult(RowPipeline, engineRows, loopRows, "rows/s", "hand-written C# loop, same rows and work", RowTarget,
            Notes: $"{settings.EngineRows:N0} rows; {how}"));

        var engineSort = settings.SortRows / sort[nameof(SortPipelineBenchmarks.EnginePipeline)].TotalSeconds;
        var handSort = settings.SortRows / sort[nameof(SortPipelineBenchmarks.HandWritten)].TotalSeconds;
        table.Add(new BenchmarkResult(SortPipeline, engineSort, handSort, "rows/s", "read, sort, write by hand", Notes: $"{settings.SortRows:N0} rows; {how}"));
    }
}
