using System.Diagnostics;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FlowTransformTests
{
    [Fact]
    public async Task DetectEmptyStream_EmptyInput_WritesOneNullRow()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "name:String"], ["1", "a"])
            .Transform("none", "FilterRows",
                "<compare><condition><leftvalue>id</leftvalue><function>&gt;</function><value><name>constant</name>" +
                "<type>Integer</type><text>5</text><isnull>N</isnull></value></condition></compare>")
            .Transform("detect", "DetectEmptyStream")
            .Hop("grid", "none").Hop("none", "detect")
            .Result("detect");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["id", "name"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { null, null }, row.Values);
    }

    [Fact]
    public async Task DetectEmptyStream_RowsArrive_WritesNothing()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"], ["2"])
            .Transform("detect", "DetectEmptyStream")
            .Hop("grid", "detect")
            .Result("detect");

        Assert.Empty(await harness.RowsAsync());
    }

    [Theory]
    [InlineData("Y", "1,2,3")]
    [InlineData("N", "3")]
    public async Task BlockingTransform_PassAllRows_ControlsOutput(string passAll, string expected)
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"], ["2"], ["3"])
            .Transform("block", "BlockingTransform", $"<pass_all_rows>{passAll}</pass_all_rows>")
            .Hop("grid", "block")
            .Result("block");

        var rows = await harness.RowsAsync();

        Assert.Equal(expected, string.Join(",", rows.Select(r => r.Values[0])));
    }

    [Fact]
    public async Task BlockUntilTransformsFinish_WaitsForListedTransform()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("slow", "Delay", "<timeout>300</timeout><scaletime>milliseconds</scaletime>")
            .Transform("wait", "BlockUntilTransformsFinish", "<transforms><transform><name>slow</name><CopyNr>0</CopyNr></transform></transforms>")
            .Transform("stamp", "SystemInfo", "<fields><field><name>at</name><type>system date (variable)</type></field></fields>")
            .Transform("other", "Dummy")
            .Grid("trigger", ["x:String"], ["go"])
            .Hop("grid", "slow").Hop("slow", "other")
            .Hop("trigger", "wait").Hop("wait", "stamp")
            .Result("stamp");
        var started = DateTime.Now;

        var row = Assert.Single(await harness.RowsAsync());

        Assert.True((DateTime)row.Values[1]! - started >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task BlockUntilTransformsFinish_UnknownTransform_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("wait", "BlockUntilTransformsFinish", "<transforms><transform><name>missing</name></transform></transforms>")
            .Hop("grid", "wait")
            .Result("wait");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("missing", outcome.ErrorDescription);
    }

    [Fact]
    public async Task CloneRow_FixedCount_AddsFlagAndNumber()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["7"])
            .Transform("clone", "CloneRow",
                "<nrclones>2</nrclones><addcloneflag>Y</addcloneflag><cloneflagfield>isClone</cloneflagfield>" +
                "<addclonenum>Y</addclonenum><clonenumfield>nr</clonenumfield><nrcloneinfield>N</nrcloneinfield>")
            .Hop("grid", "clone")
            .Result("clone");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "isClone", "nr"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 7L, false, 0L }, rows[0].Values);
        Assert.Equal(new object?[] { 7L, true, 1L }, rows[1].Values);
        Assert.Equal(new object?[] { 7L, true, 2L }, rows[2].Values);
    }

    [Fact]
    public async Task CloneRow_CountFromField_ClonesPerRow()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "n:Integer"], ["1", "0"], ["2", "2"])
            .Transform("clone", "CloneRow", "<nrcloneinfield>Y</nrcloneinfield><nrclonefield>n</nrclonefield>")
            .Hop("grid", "clone")
            .Result("clone");

        var rows = await harness.RowsAsync();

        Assert.Equal([1L, 2L, 2L, 2L], rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task Delay_FromFields_WaitsAndKeepsRows()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["wait:Integer", "unit:String"], ["150", "ms"], [null, "s"], ["100", "milliseconds"])
            .Transform("delay", "Delay", "<timeout_field>wait</timeout_field><scaletime_field>unit</scaletime_field><scaletime_from_field>Y</scaletime_from_field>")
            .Hop("grid", "delay")
            .Result("delay");
        var watch = Stopwatch.StartNew();

        var rows = await harness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(240), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SystemInfo_DateRanges_AreComputedFromToday()
    {
        var harness = new PipelineHarness()
            .Transform("info", "SystemInfo",
                "<fields><field><name>today</name><type>today start</type></field><field><name>end</name><type>today end</type></field>" +
                "<field><name>month</name><type>this month start</type></field><field><name>next</name><type>tomorrow start</type></field>" +
                "<field><name>name</name><type>pipeline name</type></field></fields>")
            .Result("info");

        var row = Assert.Single(await harness.RowsAsync()).Values;

        var today = DateTime.Today;
        Assert.Equal(today, row[0]);
        Assert.Equal(today.AddDays(1).AddMilliseconds(-1), row[1]);
        Assert.Equal(new DateTime(today.Year, today.Month, 1), row[2]);
        Assert.Equal(today.AddDays(1), row[3]);
        Assert.Equal("test", row[4]);
    }

    [Fact]
    public async Task SystemInfo_UnknownType_Fails()
    {
        var harness = new PipelineHarness()
            .Transform("info", "SystemInfo", "<fields><field><name>x</name><type>moon phase</type></field></fields>")
            .Result("info");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("moon phase", outcome.ErrorDescription);
    }
}
