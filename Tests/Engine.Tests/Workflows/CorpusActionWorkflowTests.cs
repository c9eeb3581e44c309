using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

/// <summary>
/// Runs Apache Hop's integration-test workflows for actions and for parameters and variables on a fresh
/// copy of their project. As in Hop's test runner, a main workflow passes when its final result is true.
/// Mains that need a missing transform, the unit-test framework or an external system are left out.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusActionWorkflowTests
{
    [Theory]
    [InlineData("main-0001-abort.hwf")]
    [InlineData("main-0002-add-result-filenames.hwf")]
    [InlineData("main-0003-copy-files.hwf")]
    [InlineData("main-0004-actionworkflow-check-resultfilenames-used.hwf")]
    [InlineData("main-0005-copy-delete.hwf")]
    [InlineData("main-0006-copy-delete-test-fail.hwf")]
    [InlineData("main-0010-simpleval.hwf")]
    [InlineData("main-0011-movefiles.hwf")]
    [InlineData("main-0012-join.hwf")]
    [InlineData("main-0013-evaluate-files-metrics.hwf")]
    [InlineData("main-0015-move-files.hwf")]
    [InlineData("main-0016-delete-result-files.hwf")]
    [InlineData("main-0017-unzip-source-wildcard.hwf")]
    [InlineData("main-0019-set-password-encoder.hwf")]
    [InlineData("main-0020-move-files-do-nothing.hwf")]
    [InlineData("main-0021-delete-files-subfolders.hwf")]
    [InlineData("main-0022-wait-timeout.hwf")]
    public async Task ActionsProject_MainWorkflow_Succeeds(string main)
    {
        if (OperatingSystem.IsWindows() && (main.Contains("0005") || main.Contains("0021")))
        {
            return;
        }

        var outcome = await RunAsync("actions", main);

        Assert.True(outcome.Success, Describe(outcome));
    }

    [Theory]
    [InlineData("main-0001-workflow-set-get-variable.hwf")]
    [InlineData("main-0004-pass-variables-and-parameters.hwf")]
    [InlineData("main-0006-not-passing-parameters.hwf")]
    [InlineData("main-0007-internal-variables.hwf")]
    [InlineData("main-0008-copy-to-params.hwf")]
    [InlineData("main-0010-test-environment-variables.hwf")]
    [InlineData("main-0012-override-hop-config-variable.hwf")]
    [InlineData("main-0013-overwrite-existing-parameter-to-pipeline.hwf")]
    public async Task ParametersAndVariablesProject_MainWorkflow_Succeeds(string main)
    {
        var outcome = await RunAsync("parameters_and_variables", main);

        Assert.True(outcome.Success, Describe(outcome));
    }

    [Fact]
    public async Task ActionsProject_JoinAfterFailureOnSuccessHop_FailsTheChildWorkflow()
    {
        var outcome = await RunAsync("actions", "0012-join-failure-with-true.hwf");

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task ActionsProject_AbortChild_LogsAbortAsError()
    {
        var outcome = await RunAsync("actions", "0001-abort.hwf");

        Assert.False(outcome.Success);
        Assert.Contains("ERROR: Abort this workflow", outcome.Log.Read().Text);
        Assert.DoesNotContain("we should not see this logged", outcome.Log.Read().Text);
    }

    private static async Task<LocalRunOutcome> RunAsync(string project, string main)
    {
        var home = TestPaths.CopyCorpusProject(project);
        return await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());
    }

    private static string Describe(LocalRunOutcome outcome) =>
        (outcome.ErrorDescription ?? "no error description") + "\n" + outcome.Log.Read().Text;
}
