using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FileNamesTests
{
    private static PipelineHarness Tree()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("tree/file-a.txt", "a");
        harness.WriteFile("tree/file-b.txt", "bb");
        harness.WriteFile("tree/data.csv", "x");
        harness.WriteFile("tree/folder-one/nested-1.txt", "n");
        return harness;
    }

    private static string Settings(string name, string mask, string exclude, string filter, bool subfolders = false, string extra = "") =>
        $"<filefield>N</filefield><file><name>{name}</name><filemask>{PipelineHarness.Escape(mask)}</filemask>" +
        $"<exclude_filemask>{PipelineHarness.Escape(exclude)}</exclude_filemask><file_required>N</file_required>" +
        $"<include_subfolders>{(subfolders ? "Y" : "N")}</include_subfolders></file>" +
        $"<filter><filterfiletype>{filter}</filterfiletype></filter><limit>0</limit>{extra}";

    [Fact]
    public async Task GetFileNames_FolderWithoutMask_ListsFilesAndFolders()
    {
        var harness = Tree();
        harness.Transform("list", "GetFileNames", Settings("${PROJECT_HOME}/tree", "", "", "all_files")).Result("list");

        var rows = await harness.RowsAsync();

        Assert.Equal(["data.csv", "file-a.txt", "file-b.txt", "folder-one"], rows.Select(r => r.Values[1]));
        Assert.Equal(["file", "file", "file", "folder"], rows.Select(r => r.Values[3]));
    }

    [Fact]
    public async Task GetFileNames_FileRow_HasHopFileFields()
    {
        var harness = Tree();
        harness.Transform("list", "GetFileNames", Settings("${PROJECT_HOME}/tree", "file-b\\.txt", "", "only_files")).Result("list");

        var row = Assert.Single(await harness.RowsAsync());

        var path = Path.Combine(harness.Home, "tree", "file-b.txt");
        Assert.Equal(["filename", "short_filename", "path", "type", "exists", "ishidden", "isreadable", "iswriteable",
            "lastmodifiedtime", "size", "extension", "uri", "rooturi"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(path, row.Values[0]);
        Assert.Equal("file-b.txt", row.Values[1]);
        Assert.Equal(Path.Combine(harness.Home, "tree"), row.Values[2]);
        Assert.Equal(true, row.Values[4]);
        Assert.Equal(false, row.Values[5]);
        Assert.Equal(File.GetLastWriteTime(path), row.Values[8]);
        Assert.Equal(2L, row.Values[9]);
        Assert.Equal("txt", row.Values[10]);
        Assert.Equal(new Uri(path).AbsoluteUri, row.Values[11]);
        Assert.Equal("file:///", row.Values[12]);
    }

    [Fact]
    public async Task GetFileNames_ExcludeMaskAndSubfolders_FilterFiles()
    {
        var harness = Tree();
        harness.Transform("list", "GetFileNames", Settings("${PROJECT_HOME}/tree", ".*", ".*\\.csv", "only_files", subfolders: true,
                "<rownum>Y</rownum><rownum_field>nr</rownum_field>"))
            .Result("list");

        var rows = await harness.RowsAsync();

        Assert.Equal(["file-a.txt", "file-b.txt", "nested-1.txt"], rows.Select(r => r.Values[1]));
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Values[13]));
    }

    [Fact]
    public async Task GetFileNames_FromField_AddsInputFieldsAndHonoursLimit()
    {
        var harness = Tree();
        harness.Grid("dirs", ["dir:String", "mask:String"], [Path.Combine(harness.Home, "tree"), "file-.*"])
            .Transform("list", "GetFileNames",
                "<filefield>Y</filefield><filename_Field>dir</filename_Field><wildcard_Field>mask</wildcard_Field>" +
                "<filter><filterfiletype>all_files</filterfiletype></filter><limit>1</limit>")
            .Hop("dirs", "list")
            .Result("list");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("dir", row.Meta[0].Name);
        Assert.Equal("file-a.txt", row.Values[3]);
    }

    [Fact]
    public async Task GetFileNames_NoFileWithException_FailsWithoutErrorHop()
    {
        var harness = Tree();
        harness.Transform("list", "GetFileNames",
                Settings("${PROJECT_HOME}/tree", "nothing", "", "all_files", extra: "<raiseAnExceptionIfNoFile>Y</raiseAnExceptionIfNoFile>"))
            .Result("list");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("no file or folder was found", outcome.ErrorDescription);
    }

    [Fact]
    public async Task GetFilesRowsCount_SmartCount_CountsUnterminatedLastLine()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("a.txt", "1\n2\n3\n");
        harness.WriteFile("b.txt", "1\n2");
        var file = "<file><name>${PROJECT_HOME}/NAME</name><filemask/><file_required>Y</file_required></file>";
        harness.Transform("count", "GetFilesRowsCount",
                "<files_count>Y</files_count><files_count_fieldname>files</files_count_fieldname><rows_count_fieldname>rows</rows_count_fieldname>" +
                "<rowseparator_format>LINEFEED</rowseparator_format><smartCount>Y</smartCount>" +
                file.Replace("NAME", "a.txt") + file.Replace("NAME", "b.txt"))
            .Result("count");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["rows", "files"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 5L, 2L }, row.Values);
    }
}
