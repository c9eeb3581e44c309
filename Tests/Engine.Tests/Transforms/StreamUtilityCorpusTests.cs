using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>
/// Main workflows of the Hop `transforms` corpus project for Null if and Stream schema merge.
/// main-0005-metastructure still fails: it needs RandomValue, and its golden rows expect each field's
/// origin (the transform that created it), which the engine's row layouts do not record.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class StreamUtilityCorpusTests
{
    [Theory]
    [InlineData("main-0025-null-if.hwf")]
    [InlineData("main-0091-stream-schema-merge.hwf")]
    public async Task MainWorkflow_Succeeds(string main)
    {
        var home = TestPaths.CopyCorpusProject("transforms");

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
    }
}
