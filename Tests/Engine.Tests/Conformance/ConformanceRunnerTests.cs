using Orleans.AsyncHop.Engine.Conformance;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Conformance;

[Collection(CorpusCollection.Name)]
public sealed class ConformanceRunnerTests
{
    private static readonly string MiniCorpus = Path.Combine(TestPaths.Assets, "conformance");

    [Fact]
    public async Task RunAll_ClassifiesPassedFailedAndUnsupported()
    {
        var runner = new ConformanceRunner(MiniCorpus, TimeSpan.FromSeconds(30));

        var results = await runner.RunAllAsync(runner.Select(tier: null).Where(e => e.Workflow != "main-slow.hwf"));

        Assert.Equal(
            [("main-pass.hwf", ConformanceOutcome.Passed), ("main-fail.hwf", ConformanceOutcome.Failed), ("main-unsupported.hwf", ConformanceOutcome.Unsupported)],
            results.Select(r => (r.Workflow, r.Outcome)));
        Assert.Contains("the check failed", results[1].Reason);
        Assert.Contains("NO_SUCH_ACTION", results[2].Reason);
        Assert.All(results, r => Assert.Equal("mini", r.Project));
    }

    [Fact]
    public async Task Run_SlowerThanTimeout_FailsWithTimeoutReason()
    {
        var runner = new ConformanceRunner(MiniCorpus, TimeSpan.FromSeconds(1));

        var result = await runner.RunAsync(runner.Select(tier: "3").Single());

        Assert.Equal(ConformanceOutcome.Failed, result.Outcome);
        Assert.Equal("timed out after 1 s", result.Reason);
        Assert.InRange(result.Seconds, 0.9, 10);
    }

    [Fact]
    public void Select_FiltersOnProjectAndTier()
    {
        var runner = new ConformanceRunner(MiniCorpus, TimeSpan.FromSeconds(1));

        Assert.Equal(["main-pass.hwf", "main-fail.hwf"], runner.Select("mini", "1").Select(e => e.Workflow));
        Assert.Empty(runner.Select("other", null));
    }

    [Fact]
    public void Report_PrintsMarkdownRowsAndSummary()
    {
        ConformanceResult[] results =
        [
            new("mini", "main-pass.hwf", "1", ConformanceOutcome.Passed, 0.25, string.Empty),
            new("mini", "main-fail.hwf", "2", ConformanceOutcome.Failed, 1.5, "a | b"),
            new("mini", "main-x.hwf", "2", ConformanceOutcome.Unsupported, 0.1, "type 'X'"),
        ];

        var table = ConformanceReport.Table(results).Split('\n');

        Assert.Equal("| project | workflow | tier | outcome | seconds | reason |", table[0]);
        Assert.Equal("| mini | main-fail.hwf | 2 | failed | 1.5 | a \\| b |", table[3]);
        Assert.Equal("3 workflows: 1 passed, 1 failed, 1 unsupported (1.9 s).", ConformanceReport.Summary(results));
    }

    [Fact]
    public void Select_MissingManifest_FailsNamingTheFile()
    {
        var runner = new ConformanceRunner(Path.Combine(TestPaths.Assets, "no-such-corpus"), TimeSpan.FromSeconds(1));

        var exception = Assert.Throws<HopException>(() => runner.Select());

        Assert.Contains("manifest.json", exception.Message);
    }
}
