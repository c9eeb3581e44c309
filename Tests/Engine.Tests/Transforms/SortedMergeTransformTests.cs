using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SortedMergeTransformTests
{
    private static PipelineHarness Build(bool ascending, string mergeField = "n") => new PipelineHarness()
        .Grid("grid", ["n:Integer", "s:String"],
            ["5", "e"], ["3", "c"], ["9", "i"], ["1", "a"], ["7", "g"], ["2", "b"], ["8", "h"], [null, "null"])
        .Transform("sort", "SortRows", $"<sort_size>100</sort_size><fields><field><name>n</name>" +
            $"<ascending>{(ascending ? "Y" : "N")}</ascending><case_sensitive>Y</case_sensitive></field></fields>", copies: 3)
        .Transform("merge", "SortedMerge", $"<fields><field><name>{mergeField}</name>" +
            $"<ascending>{(ascending ? "Y" : "N")}</ascending></field></fields>")
        .Hop("grid", "sort")
        .Hop("sort", "merge")
        .Result("merge");

    [Fact]
    public async Task SortedMerge_ThreeSortedCopies_MergesAscending()
    {
        var rows = await Build(ascending: true).RowsAsync();

        Assert.Equal(["n", "s"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { null, 1L, 2L, 3L, 5L, 7L, 8L, 9L }, rows.Select(r => r.Values[0]));
        Assert.Equal(["null", "a", "b", "c", "e", "g", "h", "i"], rows.Select(r => r.Values[1]));
    }

    [Fact]
    public async Task SortedMerge_DescendingField_PutsNullsLast()
    {
        var rows = await Build(ascending: false).RowsAsync();

        Assert.Equal(new object?[] { 9L, 8L, 7L, 5L, 3L, 2L, 1L, null }, rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task SortedMerge_MissingMergeField_Fails()
    {
        var outcome = await Build(ascending: true, mergeField: "nope").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the merge field 'nope' was not found in the input row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SortedMerge_DifferentFieldOrder_FailsNamingLayouts()
    {
        var harness = new PipelineHarness()
            .Grid("a", ["n:Integer", "s:String"], ["1", "a"])
            .Grid("b", ["s:String", "n:Integer"], ["b", "2"])
            .Transform("merge", "SortedMerge", "<fields><field><name>n</name><ascending>Y</ascending></field></fields>")
            .Hop("a", "merge")
            .Hop("b", "merge")
            .Result("merge");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("which differ from", outcome.Log.Read(0).Text);
        Assert.Contains("need the same field types in the same order", outcome.Log.Read(0).Text);
    }
}
