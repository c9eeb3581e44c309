using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ClosureGeneratorTransformTests
{
    private static PipelineHarness Build(string[] fields, string?[][] rows, string parent = "boss", bool rootZero = false) =>
        new PipelineHarness()
            .Grid("grid", fields, rows)
            .Transform("closure", "ClosureGenerator", $"<parent_id_field>{parent}</parent_id_field>" +
                "<child_id_field>id</child_id_field><distance_field>distance</distance_field>" +
                $"<is_root_zero>{(rootZero ? "Y" : "N")}</is_root_zero>")
            .Hop("grid", "closure")
            .Result("closure");

    [Fact]
    public async Task ClosureGenerator_Hierarchy_ListsEveryAncestor()
    {
        var rows = await Build(["boss:Integer", "id:Integer"], [[null, "1"], ["1", "2"], ["2", "3"], ["1", "4"]]).RowsAsync();

        Assert.Equal(["boss", "id", "distance"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(Engine.Values.HopValueType.Integer, rows[0].Meta.Fields[2].Type);
        var expected = new[]
        {
            new object?[] { 1L, 1L, 0L },
            [1L, 2L, 1L],
            [2L, 2L, 0L],
            [1L, 3L, 2L],
            [2L, 3L, 1L],
            [3L, 3L, 0L],
            [1L, 4L, 1L],
            [4L, 4L, 0L],
        };
        Assert.Equal(expected, rows.Select(r => r.Values));
    }

    [Fact]
    public async Task ClosureGenerator_SharedHashBucket_KeepsInsertionOrder()
    {
        // Keys 17 and 1 share bucket 1 of a 16-bucket Java HashMap, and 2 sorts after them.
        var rows = await Build(["boss:Integer", "id:Integer"], [[null, "2"], [null, "17"], [null, "1"]]).RowsAsync();

        Assert.Equal(new object?[] { 17L, 1L, 2L }, rows.Select(r => r.Values[1]));
    }

    [Fact]
    public async Task ClosureGenerator_RootZero_StopsAtZeroParent()
    {
        var rows = await Build(["boss:Integer", "id:Integer"], [["0", "1"], ["1", "2"]], rootZero: true).RowsAsync();

        Assert.Equal(new[] { new object?[] { 1L, 1L, 0L }, [1L, 2L, 1L], [2L, 2L, 0L] }, rows.Select(r => r.Values));
    }

    [Fact]
    public async Task ClosureGenerator_Loop_FailsNamingId()
    {
        var outcome = await Build(["boss:Integer", "id:Integer"], [["2", "1"], ["1", "2"]]).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the hierarchy above child id [1] is deeper than 50 levels", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task ClosureGenerator_MissingParentField_Fails()
    {
        var outcome = await Build(["boss:Integer", "id:Integer"], [["1", "2"]], parent: "nope").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the parent id field 'nope' was not found in the input row", outcome.Log.Read(0).Text);
    }
}
