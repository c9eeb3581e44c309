using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class DataStreamTransformTests
{
    private static void WriteStream(PipelineHarness harness, string name, string kind, string file) =>
        harness.WriteFile($"metadata/data-stream/{name}.json",
            $"{{\"name\":\"{name}\",\"dataStream\":{{\"{kind}\":{{\"filename\":\"{file}\",\"batchSize\":\"2\"}}}}}}");

    [Theory]
    [InlineData("ArrowRandomAccessFile")]
    [InlineData("ArrowStreamFile")]
    public async Task DataStream_WriteThenRead_KeepsTypesAndValues(string kind)
    {
        var writeHarness = new PipelineHarness();
        WriteStream(writeHarness, "s", kind, "${PROJECT_HOME}/out.arrow");
        writeHarness.Grid("grid", ["i:Integer", "n:Number", "s:String", "b:Boolean", "d:Date:yyyyMMddHHmmss"],
                ["1", "1.5", "a", "true", "20240102030405"],
                [null, null, null, null, null],
                ["3", "-2.25", "c", "false", "20241231235959"])
            .Transform("out", "DataStreamOutput", "<data-stream>s</data-stream>")
            .Hop("grid", "out");
        var written = await writeHarness.RunAsync();
        Assert.True(written.Success, written.Log.Read(0).Text);

        var readHarness = new PipelineHarness();
        WriteStream(readHarness, "s", kind, PipelineHarness.Escape(Path.Combine(writeHarness.Home, "out.arrow")));
        readHarness.Transform("in", "DataStreamInput", "<data-stream>s</data-stream>").Result("in");
        var rows = await readHarness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal(
            [HopValueType.Integer, HopValueType.Number, HopValueType.String, HopValueType.Boolean, HopValueType.Date],
            rows[0].Meta.Fields.Select(f => f.Type));
        Assert.Equal(new object?[] { 1L, 1.5, "a", true, new DateTime(2024, 1, 2, 3, 4, 5) }, rows[0].Values);
        Assert.All(rows[1].Values, Assert.Null);
        Assert.Equal(new object?[] { 3L, -2.25, "c", false, new DateTime(2024, 12, 31, 23, 59, 59) }, rows[2].Values);
    }

    [Fact]
    public async Task DataStreamInput_UnknownStream_FailsNamingIt()
    {
        var harness = new PipelineHarness();
        harness.Transform("in", "DataStreamInput", "<data-stream>nothing</data-stream>").Result("in");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("The data stream 'nothing' was not found", outcome.Log.Read(0).Text);
    }

    [Theory]
    [InlineData("ArrowStreamFile", "is empty; it holds no schema")]
    [InlineData("ArrowRandomAccessFile", "failed: Invalid magic")]
    public async Task DataStreamInput_EmptyFile_FailsNamingStream(string kind, string expected)
    {
        var harness = new PipelineHarness();
        harness.WriteFile("empty.arrow", string.Empty);
        WriteStream(harness, "s", kind, "${PROJECT_HOME}/empty.arrow");
        harness.Transform("in", "DataStreamInput", "<data-stream>s</data-stream>").Result("in");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("reading data stream 's'", outcome.Log.Read(0).Text);
        Assert.Contains(expected, outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task DataStreamInput_ForeignStreamFile_FailsNamingStream()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("garbage.arrow", "garbage-not-arrow-at-all");
        WriteStream(harness, "s", "ArrowStreamFile", "${PROJECT_HOME}/garbage.arrow");
        harness.Transform("in", "DataStreamInput", "<data-stream>s</data-stream>").Result("in");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("reading data stream 's'", outcome.Log.Read(0).Text);
        Assert.DoesNotContain("InvalidOperationException", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task DataStreamOutput_BigNumberDecimals_FailNamingPrecision()
    {
        var harness = new PipelineHarness();
        WriteStream(harness, "s", "ArrowStreamFile", "${PROJECT_HOME}/out.arrow");
        harness.Grid("grid", ["b:BigNumber"], ["12.125"])
            .Transform("out", "DataStreamOutput", "<data-stream>s</data-stream>")
            .Hop("grid", "out");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the value 12.125 of BigNumber field 'b' has more decimals than the field's precision 0",
            outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task DataStreamOutput_NumericFileName_FailsNamingStream()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("metadata/data-stream/s.json", "{\"name\":\"s\",\"dataStream\":{\"ArrowStreamFile\":{\"filename\":5}}}");
        harness.Grid("grid", ["i:Integer"], ["1"])
            .Transform("out", "DataStreamOutput", "<data-stream>s</data-stream>")
            .Hop("grid", "out");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("The metadata of data stream 's' is invalid", outcome.Log.Read(0).Text);
    }
}
