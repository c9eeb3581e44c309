using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SortedSchemaMergeTransformTests
{
    private static PipelineHarness Build(string sortKey = "id", string ascending = "Y", bool secondStream = true)
    {
        var harness = new PipelineHarness()
            .Grid("a", ["id:Integer", "name:String", "code:Integer"], ["1", "one", "10"], ["4", "four", "40"])
            .Grid("b", ["id:Integer", "code:String", "extra:String"], ["2", "B2", "x"], ["4", "B4", "y"], ["5", "B5", "z"])
            .Transform("merge", "SortedSchemaMerge",
                $"<sort_keys><sort_key><name>{sortKey}</name><ascending>{ascending}</ascending></sort_key></sort_keys>" +
                "<inputs><input><name>a</name></input><input><name>b</name></input></inputs>")
            .Hop("a", "merge")
            .Result("merge");
        return secondStream ? harness.Hop("b", "merge") : harness;
    }

    [Fact]
    public async Task SortedSchemaMerge_TwoLayouts_MergesByKeyAndName()
    {
        var rows = await Build().RowsAsync();

        Assert.Equal(["id", "code", "extra", "name"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(Engine.Values.HopValueType.String, rows[0].Meta.Fields[1].Type);
        Assert.Equal(new object?[] { 1L, "10", null, "one" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "B2", "x", null }, rows[1].Values);
        Assert.Equal(new object?[] { 4L, "B4", "y", null }, rows[2].Values);
        Assert.Equal(new object?[] { 4L, "40", null, "four" }, rows[3].Values);
        Assert.Equal(new object?[] { 5L, "B5", "z", null }, rows[4].Values);
        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public async Task SortedSchemaMerge_MissingSortKey_Fails()
    {
        var outcome = await Build(sortKey: "extra").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the sort key 'extra' was not found in input stream 1", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SortedSchemaMerge_SingleInput_Fails()
    {
        var outcome = await Build(secondStream: false).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("at least two input streams are needed to merge, but there are 1", outcome.Log.Read(0).Text);
    }
}
