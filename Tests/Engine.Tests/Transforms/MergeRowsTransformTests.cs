using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class MergeRowsTransformTests
{
    private const string Keys = "<keys><key>id</key></keys><values><value>name</value><value>score</value></values>";

    private static PipelineHarness Build(string settings, string[]? compareFields = null, string?[][]? compareRows = null) =>
        new PipelineHarness()
            .Grid("ref", ["id:Integer", "name:String", "score:Number"],
                ["1", "Ann", "1.5"], ["2", "Bob", "2.5"], ["3", "Cy/d", "3.5"])
            .Grid("cmp", compareFields ?? ["id:Integer", "name:String", "score:Number"],
                compareRows ?? [["1", "Ann", "1.5"], ["3", "Cy", "3.5"], ["4", "Dee", "4.5"]])
            .Transform("merge", "MergeRows", "<reference>ref</reference><compare>cmp</compare>" +
                "<flag_field>flag</flag_field>" + settings)
            .Hop("ref", "merge")
            .Hop("cmp", "merge")
            .Result("merge");

    [Fact]
    public async Task MergeRows_SortedStreams_FlagsEveryKey()
    {
        var rows = await Build(Keys).RowsAsync();

        Assert.Equal(["id", "name", "score", "flag"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "Ann", 1.5, "identical" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "Bob", 2.5, "deleted" }, rows[1].Values);
        Assert.Equal(new object?[] { 3L, "Cy", 3.5, "changed" }, rows[2].Values);
        Assert.Equal(new object?[] { 4L, "Dee", 4.5, "new" }, rows[3].Values);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task MergeRows_DiffField_ListsChangedValuesAsJson()
    {
        var rows = await Build(Keys + "<diff-field>diff</diff-field>").RowsAsync();

        Assert.Equal(["id", "name", "score", "diff", "flag"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal("{\"changes\":[]}", rows[0].Values[3]);
        Assert.Equal("{\"changes\":[]}", rows[1].Values[3]);
        Assert.Equal("{\"changes\":[{\"name\":{\"from\":\"Cy\\/d\",\"to\":\"Cy\"}}]}", rows[2].Values[3]);
        Assert.Equal("changed", rows[2].Values[4]);
    }

    [Fact]
    public async Task MergeRows_PassThroughFields_CopyEachSide()
    {
        var rows = await Build(Keys + "<passthrough-fields>" +
            "<passthrough-field><sourceField>name</sourceField><renameTo>ref_name</renameTo><referenceField>Y</referenceField></passthrough-field>" +
            "<passthrough-field><sourceField>name</sourceField><renameTo>cmp_name</renameTo><referenceField>N</referenceField></passthrough-field>" +
            "</passthrough-fields>").RowsAsync();

        Assert.Equal(["id", "name", "score", "flag", "ref_name", "cmp_name"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 2L, "Bob", 2.5, "deleted", "Bob", null }, rows[1].Values);
        Assert.Equal(new object?[] { 3L, "Cy", 3.5, "changed", "Cy/d", "Cy" }, rows[2].Values);
        Assert.Equal(new object?[] { 4L, "Dee", 4.5, "new", null, "Dee" }, rows[3].Values);
    }

    [Fact]
    public async Task MergeRows_AlignedLayouts_MatchFieldsByName()
    {
        var harness = Build(
            "<align_input_layouts>Y</align_input_layouts><keys><key>id</key></keys><values><value>score</value></values>",
            ["score:String", "id:Integer", "extra:String"],
            [["1.5", "1", "x"], ["9", "3", "y"]]);

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "name", "score", "extra", "flag"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, null, 1.5, "x", "identical" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "Bob", 2.5, null, "deleted" }, rows[1].Values);
        Assert.Equal(new object?[] { 3L, null, 9.0, "y", "changed" }, rows[2].Values);
    }

    [Fact]
    public async Task MergeRows_DifferentLayoutsWithoutAlign_Fails()
    {
        var harness = Build(Keys, ["id:Integer", "name:String"], [["1", "Ann"]]);

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the reference stream has 3 fields and the compare stream 2", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task MergeRows_MissingKeyField_Fails()
    {
        var outcome = await Build("<keys><key>nope</key></keys>").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'nope' was not found in the reference stream", outcome.Log.Read(0).Text);
    }
}
