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
}
