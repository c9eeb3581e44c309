using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class StreamSchemaTransformTests
{
    [Fact]
    public async Task StreamSchema_UnionOfFields_TypeConflictBecomesString()
    {
        var harness = new PipelineHarness()
            .Grid("one", ["id:Integer", "name:String"], ["1", "a"])
            .Grid("two", ["name:String", "id:String", "extra:Integer"], ["b", "x2", "5"])
            .Transform("merge", "StreamSchema", "<transforms><transform><name>one</name></transform>" +
                "<transform><name>two</name></transform></transforms>")
            .Hop("one", "merge")
            .Hop("two", "merge")
            .Result("merge");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "name", "extra"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal([HopValueType.String, HopValueType.String, HopValueType.Integer], rows[0].Meta.Fields.Select(f => f.Type));
        Assert.Equal(new object?[] { "1", "a", null }, rows[0].Values);
        Assert.Equal(new object?[] { "x2", "b", 5L }, rows[1].Values);
    }

    [Fact]
    public async Task StreamSchema_NoStreamsListed_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("one", ["id:Integer"], ["1"])
            .Transform("merge", "StreamSchema", "<transforms/>")
            .Hop("one", "merge")
            .Result("merge");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("no streams to merge are listed", outcome.Log.Read(0).Text);
    }
}
