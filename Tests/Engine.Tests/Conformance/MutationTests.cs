using Orleans.AsyncHop.Engine.Conformance;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Conformance;

/// <summary>
/// Corpus tests with their expected data changed must fail: an engine that cannot tell right from wrong
/// would pass them. Each case first checks that the unchanged test passes, so a mutation that fails only
/// because the engine cannot run the test at all proves nothing and is reported as such.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class MutationTests
{
    private static readonly ConformanceRunner Runner = new(TestPaths.Corpus, TimeSpan.FromSeconds(120));

    public static TheoryData<string, string, string, string, string> Mutations => new()
    {
        // A golden CSV string value that differs from the Data grid output.
        { "transforms", "main-0030-data-grid.hwf", "datasets/golden-data-grid.csv", "this,1,is", "that,1,is" },

        // A golden date one day off.
        { "transforms", "main-0030-data-grid.hwf", "datasets/golden-data-grid.csv", "some,2,test,13/05/2021", "some,2,test,14/05/2021" },

        // A golden row removed: the row counts no longer match.
        { "transforms", "main-0030-data-grid.hwf", "datasets/golden-data-grid.csv", "data,3,for,13/05/2021,10000000000000000.0\n", "" },

        // A golden value of the CSV input test changed.
        { "transforms", "main-0039-csv-input.hwf", "datasets/golden-csv-input-utf-bom.csv", "a1,b1,c1,d1", "a1,bX,c1,d1" },

        // The filter constant that checks a variable set in a nested workflow.
        { "transforms", "main-0064-set-variables.hwf", "0064-set-variables-verify-nested.hpl", "<text>XYZ</text>", "<text>XYW</text>" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task MutatedExpectation_MakesThePassingCorpusTestFail(
        string project, string workflow, string file, string original, string replacement)
    {
        var entry = new CorpusEntry(project, workflow, "1", [], []);
        var baseline = await Runner.RunAsync(entry);
        Assert.True(baseline.Outcome == ConformanceOutcome.Passed, $"the unchanged test must pass first: {baseline.Reason}");

        var mutated = await Runner.RunAsync(entry, home => Replace(Path.Combine(home, file), original, replacement));

        Assert.Equal(ConformanceOutcome.Failed, mutated.Outcome);
        Assert.NotEqual(string.Empty, mutated.Reason);
    }

    private static void Replace(string path, string original, string replacement)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(original, text);
        File.WriteAllText(path, text.Replace(original, replacement, StringComparison.Ordinal));
    }
}
