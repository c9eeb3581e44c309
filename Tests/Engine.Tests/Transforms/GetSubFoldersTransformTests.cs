using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class GetSubFoldersTransformTests
{
    private static PipelineHarness Tree()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("tree/b-folder/inner/deep.txt", "d");
        harness.WriteFile("tree/a-folder/one.txt", "1");
        harness.WriteFile("tree/a-folder/two.txt", "2");
        harness.WriteFile("tree/top.txt", "t");
        return harness;
    }

    [Fact]
    public async Task GetSubFolders_FolderList_ListsAllLevelsSorted()
    {
        var harness = Tree();
        var root = Path.Combine(harness.Home, "tree");
        harness
            .Transform("folders", "GetSubFolders",
                $"<file><name>{PipelineHarness.Escape(root)}</name><file_required>Y</file_required></file>" +
                "<rownum>Y</rownum><rownum_field>nr</rownum_field><foldername_dynamic>N</foldername_dynamic><limit>0</limit>")
            .Result("folders");

        var rows = await harness.RowsAsync();

        Assert.Equal(
            ["folderName", "short_folderName", "path", "ishidden", "isreadable", "iswriteable", "lastmodifiedtime", "uri",
                "rooturi", "children", "nr"],
            rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(["a-folder", "b-folder", "inner"], rows.Select(r => r.Values[1]));
        Assert.Equal(Path.Combine(root, "a-folder"), rows[0].Values[0]);
        Assert.Equal(root, rows[0].Values[2]);
        Assert.Equal(2L, rows[0].Values[9]);
        Assert.Equal(1L, rows[2].Values[9]);
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Values[10]));
        Assert.Equal(new Uri(Path.Combine(root, "b-folder", "inner")).AbsoluteUri, rows[2].Values[7]);
    }

    [Fact]
    public async Task GetSubFolders_FolderFromField_KeepsInputFieldsAndLimit()
    {
        var harness = Tree();
        var root = Path.Combine(harness.Home, "tree");
        harness
            .Grid("grid", ["dir:String", "tag:String"], [root, "x"])
            .Transform("folders", "GetSubFolders",
                "<foldername_dynamic>Y</foldername_dynamic><foldername_field>dir</foldername_field><limit>2</limit>" +
                "<children_field>count</children_field>")
            .Hop("grid", "folders")
            .Result("folders");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["dir", "tag", "folderName"], rows[0].Meta.Fields.Take(3).Select(f => f.Name));
        Assert.Equal("count", rows[0].Meta.Fields[^1].Name);
        Assert.Equal("x", rows[1].Values[1]);
        Assert.Equal("b-folder", rows[1].Values[3]);
    }

    [Fact]
    public async Task GetSubFolders_MissingRequiredFolder_Fails()
    {
        var harness = new PipelineHarness();
        var missing = Path.Combine(harness.Home, "nope");
        harness
            .Transform("folders", "GetSubFolders", $"<file><name>{PipelineHarness.Escape(missing)}</name><file_required>Y</file_required></file>")
            .Result("folders");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains($"required folder(s) not found or not accessible: {missing}", outcome.Log.Read(0).Text);
    }
}
