using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Corpus;

/// <summary>Runs the tier-1 corpus main workflows that depend on the input, lookup, join and JSON transforms.</summary>
public sealed class InputJoinCorpusTests
{
    [Theory]
    [InlineData("json", "main-0002-json-test-negative-index.hwf")]
    public async Task MainWorkflow_Succeeds(string project, string main)
    {
        var home = TestPaths.CopyCorpusProject(project);

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
    }
}
