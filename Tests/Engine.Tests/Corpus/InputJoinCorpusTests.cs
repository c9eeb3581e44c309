using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Corpus;

/// <summary>
/// Runs corpus main workflows and pipelines that depend on the input, lookup, join, JSON and mapping
/// transforms, on fresh project copies, and checks success or the expected failure.
/// </summary>
[Collection(CorpusCollection.Name)]
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

    [Fact]
    public async Task NegativeIndexPipeline_WrongIndex_Aborts()
    {
        var home = TestPaths.CopyCorpusProject("json");
        var path = Path.Combine(home, "0002-json-negative-index.hpl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("$.a[-1]", "$.a[-2]"));

        var outcome = await LocalRunner.RunFileAsync(path, home, new Dictionary<string, string>());

        Assert.False(outcome.Success);
    }

    [Theory]
    [InlineData("transforms", "0038-getfilenames-nofiles-exception.hpl")]
    public async Task Pipeline_Succeeds(string project, string pipeline)
    {
        var home = TestPaths.CopyCorpusProject(project);

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, pipeline), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task DelayInvalidTimeScale_Fails()
    {
        var home = TestPaths.CopyCorpusProject("transforms");

        var outcome = await LocalRunner.RunFileAsync(
            Path.Combine(home, "0079-delay-rows-invalid-time-scale.hpl"), home, new Dictionary<string, string>());

        Assert.False(outcome.Success);
        Assert.Contains("'year'", outcome.ErrorDescription);
    }

    [Fact]
    public async Task MappingPipeline_PassesVariablesAndRowsThroughSubPipeline()
    {
        var home = TestPaths.CopyCorpusProject("parameters_and_variables");
        var variables = new Dictionary<string, string>
        {
            ["TEST5_VARIABLE1"] = "test5_value1",
            ["TEST5_PARAMETER1"] = "test4_parameter1_value",
        };

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, "0005-main-pipeline.hpl"), home, variables);

        var log = outcome.Log.Read(0).Text;
        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + log);
        Assert.Contains("TEST5_VARIABLE1 = >test5_value1<", log);
        Assert.Contains("TEST5_PARAMETER1 = >test4_parameter1_value<", log);
        Assert.Contains("TEST5_PARAMETER2 = >test5_default5<", log);
        Assert.Contains("param2 = test5_default5", log);
        Assert.Contains("value1 = test5_value1", log);
    }
}
