using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>Runs tier 1 main workflows of the Hop `transforms` corpus project that use only supported transforms.</summary>
[Collection(CorpusCollection.Name)]
public sealed class TransformsCorpusTests
{
    [Theory]
    [InlineData("main-0036-actionpipeline-results-fromparams-ok.hwf")]
    [InlineData("main-0081-test-rows-to-result-duplication.hwf")]
    public async Task MainWorkflow_Succeeds(string main)
    {
        var home = TestPaths.CopyCorpusProject("transforms");

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }
}
