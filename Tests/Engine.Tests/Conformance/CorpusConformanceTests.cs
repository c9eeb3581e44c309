using Orleans.AsyncHop.Engine.Conformance;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Conformance;

/// <summary>
/// Every tier 1, 2 and 3 main workflow of the corpus manifest must pass, except those listed in
/// <see cref="NotYetPassing"/>; a supported workflow that stops passing fails this test.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusConformanceTests
{
    private static readonly ConformanceRunner Runner = new(TestPaths.Corpus, TimeSpan.FromSeconds(120));

    public static TheoryData<string, string> SupportedWorkflows()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in LocalTiers().Where(e => !NotYetPassing.Reasons.ContainsKey(Key(e))))
        {
            data.Add(entry.Project, entry.Workflow);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SupportedWorkflows))]
    public async Task SupportedMainWorkflow_Passes(string project, string workflow)
    {
        var entry = LocalTiers().Single(e => e.Project == project && e.Workflow == workflow);

        var result = await Runner.RunAsync(entry);

        Assert.True(result.Outcome == ConformanceOutcome.Passed, $"{project}/{workflow}: {ConformanceReport.Name(result.Outcome)}: {result.Reason}");
    }

    [Fact]
    public void NotYetPassingList_NamesOnlyLocalTierWorkflows()
    {
        var known = LocalTiers().Select(Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(NotYetPassing.Reasons.Keys, key => Assert.Contains(key, known));
        Assert.NotEmpty(SupportedWorkflows());
    }

    private static IEnumerable<CorpusEntry> LocalTiers() =>
        Runner.Select().Where(e => e.Tier is "1" or "2" or "3");

    private static string Key(CorpusEntry entry) => $"{entry.Project}/{entry.Workflow}";
}
