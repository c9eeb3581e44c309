using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Executors;

public sealed class ExecutorTransformTests
{
    [Fact]
    public async Task PipelineExecutor_OneRowPerRun_PassesFieldsAsParametersAndRowsAsResult()
    {
        var outcome = await RunAsync("parent-rows.hpl", new() { ["GROUP"] = "1" });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            [["a", 1L, "a", 1L], ["b", 2L, "b", 2L], ["c", 3L, "c", 3L]],
            Values(outcome, "p_name"));
        var meta = outcome.Result.Rows[0].Meta;
        Assert.Equal(["name", "n", "p_name", "p_n"], meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, meta[3].Type);
    }

    [Fact]
    public async Task PipelineExecutor_GroupOfTwo_RunsPerGroupWithParametersFromLastRow()
    {
        var outcome = await RunAsync("parent-rows.hpl", new() { ["GROUP"] = "2" });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            [["a", 1L, "b", 2L], ["b", 2L, "b", 2L], ["c", 3L, "c", 3L]],
            Values(outcome, "p_name"));
    }

    [Fact]
    public async Task PipelineExecutor_FailingChild_ReportsItInTheExecutionResultRow()
    {
        var outcome = await RunAsync("parent-results.hpl", []);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            [[true, 0L, 1L], [true, 0L, 1L], [false, 1L, 1L]],
            Values(outcome, "ExecutionResult"));
        var meta = outcome.Result.Rows[0].Meta;
        Assert.Equal([HopValueType.Boolean, HopValueType.Integer, HopValueType.Integer], meta.Fields.Select(f => f.Type));
    }

    [Fact]
    public async Task WorkflowExecutor_PassesGroupRowsAndParametersToTheWorkflow()
    {
        var outcome = await RunAsync("parent-workflow.hpl", []);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["a", 1L, "a"], ["b", 2L, "b"], ["c", 3L, "c"]], Values(outcome, "p_name"));
        var meta = outcome.Result.Rows.First(r => r.Meta.IndexOf("p_name") >= 0).Meta;
        Assert.Equal(["name", "n", "p_name"], meta.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task WorkflowExecutor_ExecutionResultRow_StartsWithInputFields()
    {
        var outcome = await RunAsync("parent-workflow.hpl", []);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["a", 1L, true], ["b", 2L, true], ["c", 3L, true]], Values(outcome, "ExecutionResult"));
        var meta = outcome.Result.Rows.First(r => r.Meta.IndexOf("ExecutionResult") >= 0).Meta;
        Assert.Equal(["name", "n", "ExecutionResult"], meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Boolean, meta[2].Type);
    }

    [Fact]
    public async Task PipelineExecutor_MissingChildFile_FailsNamingTheFile()
    {
        var home = CopyAssets();
        File.Delete(Path.Combine(home, "child.hpl"));

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, "parent-rows.hpl"), home, new Dictionary<string, string>());

        Assert.False(outcome.Success);
        Assert.Contains("child.hpl", outcome.ErrorDescription);
        Assert.Contains("run child", outcome.ErrorDescription);
    }

    [Fact]
    public async Task WorkflowExecutor_WaitTimeout_StopsTheChildAndReportsFailure()
    {
        var home = CopyAssets();
        var path = Path.Combine(home, "parent-workflow.hpl");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text
            .Replace("/child.hwf</filename>", "/child-slow.hwf</filename><wait_timeout>300</wait_timeout>")
            .Replace("<line><item>b</item><item>2</item></line>", string.Empty)
            .Replace("<line><item>c</item><item>3</item></line>", string.Empty));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var outcome = await LocalRunner.RunFileAsync(path, home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["a", 1L, false]], Values(outcome, "ExecutionResult"));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 20);
        Assert.Contains("Maximum wait time of 300 ms reached", outcome.Log.Read().Text);
    }

    private static string CopyAssets()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "executors-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "executors"), home);
        return home;
    }

    private static async Task<LocalRunOutcome> RunAsync(string file, Dictionary<string, string> parameters)
    {
        var home = CopyAssets();
        return await LocalRunner.RunFileAsync(Path.Combine(home, file), home, parameters);
    }

    /// <summary>The values of the result rows whose layout has the given field.</summary>
    private static object?[][] Values(LocalRunOutcome outcome, string withField) =>
        outcome.Result.Rows.Where(r => r.Meta.IndexOf(withField) >= 0).Select(r => r.Values[..r.Meta.Count]).ToArray();
}
