using Orleans.AsyncHop.Benchmarks;
using Orleans.AsyncHop.Benchmarks.Http;
using Orleans.AsyncHop.Benchmarks.Runs;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Benchmarks;

/// <summary>
/// Runs the benchmark program's code on small sizes, so that it keeps working as the server changes. It runs
/// alone, because its memory rows read the process's whole GC heap, which other tests would disturb.
/// </summary>
[Collection(BenchmarkSmokeCollection.Name)]
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task SmokeRun_PrintsEveryRowWithSaneNumbers()
    {
        using var progress = new StringWriter();

        var table = await BenchmarkSuite.RunAsync(BenchmarkSettings.SmokeTest, progress);

        Assert.Equal(BenchmarkSuite.RowNames, table.Rows.Select(r => r.Name));
        var markdown = table.ToMarkdown();
        Assert.All(BenchmarkSuite.RowNames, name => Assert.Contains($"| {name} |", markdown, StringComparison.Ordinal));
        Assert.All(table.Rows, row =>
        {
            Assert.True(double.IsFinite(row.Measured), $"{row.Name}: measured {row.Measured}");
            Assert.True(double.IsFinite(row.Baseline), $"{row.Name}: baseline {row.Baseline}");
            Assert.True(row.Baseline > 0, $"{row.Name}: baseline {row.Baseline}");
        });

        var throughput = table.Find(StatusThroughputBenchmark.Throughput)!;
        Assert.True(throughput.Measured > 0);
        Assert.EndsWith(" 0 failed", throughput.Notes, StringComparison.Ordinal);
        Assert.True(table.Find(StatusThroughputBenchmark.Median)!.Measured <= table.Find(StatusThroughputBenchmark.P99)!.Measured);
        Assert.True(table.Find(RunLatencyBenchmark.Median)!.Measured > 0);
        Assert.True(table.Find(SustainedRunsBenchmark.Rate)!.Measured > 0);
        Assert.Equal(0, table.Find(SustainedRunsBenchmark.Lost)!.Measured);

        var activations = table.Find(MemoryBenchmark.Activations)!;
        Assert.Equal(BenchmarkSettings.SmokeTest.MemoryRuns, activations.Baseline);
        Assert.Equal(0, activations.Measured);
        Assert.True(table.Find(MemoryBenchmark.ActiveBytes)!.Measured > 0);
    }
}
