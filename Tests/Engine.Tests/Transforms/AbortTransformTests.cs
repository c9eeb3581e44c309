using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class AbortTransformTests
{
    private static PipelineHarness Harness(string settings) => new PipelineHarness()
        .Grid("grid", ["n:Integer", "s:String"], ["1", "a"], ["2", null], ["3", "c"])
        .Transform("abort", "Abort", settings)
        .Hop("grid", "abort");

    [Fact]
    public async Task Abort_AboveThreshold_LogsRowAndFails()
    {
        var harness = Harness(
            "<abort_option>ABORT_WITH_ERROR</abort_option><always_log_rows>Y</always_log_rows>" +
            "<row_threshold>1</row_threshold><message>Too many rows</message>");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        var log = outcome.Log.Read(0).Text;
        Assert.Contains("Seen row nr 1 : [1], [a]", log);
        Assert.DoesNotContain("Seen row nr 2", log);
        Assert.Contains("ERROR: Row nr 2 causing abort \"Abort and log as an error\": [2], [null]", log);
        Assert.Contains("Too many rows", log);
    }

    [Fact]
    public async Task Abort_EmptyMessage_LogsDefaultMessage()
    {
        var harness = Harness("<abort_option>ABORT_WITH_ERROR</abort_option><row_threshold>2</row_threshold><message/>");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Aborting after having seen 3 rows.", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Abort_BelowThreshold_PassesAllRows()
    {
        var harness = Harness("<abort_option>ABORT_WITH_ERROR</abort_option><row_threshold>3</row_threshold>")
            .Result("abort");

        var rows = await harness.RowsAsync();

        Assert.Equal([1L, 2L, 3L], rows.Select(r => (long?)r.Values[0]));
    }
}
