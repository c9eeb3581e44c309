using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class LoadFileInputTransformTests
{
    private static string Field(string name, string type, string element, string trim = "none") =>
        $"<field><name>{name}</name><element_type>{element}</element_type><type>{type}</type><format/>" +
        $"<length>-1</length><precision>-1</precision><trim_type>{trim}</trim_type><repeat>N</repeat></field>";

    private static string Files(string name, string mask, bool subfolders) =>
        $"<files><file><name>{name}</name><filemask>{mask}</filemask><exclude_filemask/>" +
        $"<file_required>N</file_required><include_subfolders>{(subfolders ? "Y" : "N")}</include_subfolders></file></files>";

    [Fact]
    public async Task LoadFile_MaskWithSubfolders_ReadsContentAndSize()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in/a.txt", "  alpha ");
        harness.WriteFile("in/sub/b.txt", "béta");
        harness.WriteFile("in/sub/c.csv", "skipped");
        harness.Transform("load", "LoadFileInput", "<encoding>UTF-8</encoding><include>Y</include>" +
                "<include_field>file</include_field><rownum>Y</rownum><rownum_field>nr</rownum_field>" +
                "<shortFileFieldName>short</shortFileFieldName><sizeFieldName>ignored</sizeFieldName>" +
                Files("${PROJECT_HOME}/in", @".*\.txt", true) +
                "<fields>" + Field("content", "String", "content", "both") + Field("size", "Integer", "size") + "</fields>")
            .Result("load");

        var rows = await harness.RowsAsync();

        Assert.Equal(["content", "size", "file", "nr", "short"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[1].Type);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "alpha", 8L, Path.Combine(harness.Home, "in", "a.txt"), 1L, "a.txt" }, rows[0].Values);
        Assert.Equal(new object?[] { "béta", 5L, Path.Combine(harness.Home, "in", "sub", "b.txt"), 2L, "b.txt" }, rows[1].Values);
    }

    [Fact]
    public async Task LoadFile_BinaryFromField_PassesInputFields()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("data.bin", "xyz");
        harness.Grid("grid", ["name:String"], [path])
            .Transform("load", "LoadFileInput", "<IsInFields>Y</IsInFields><DynamicFilenameField>name</DynamicFilenameField>" +
                "<limit>0</limit><fields>" + Field("bytes", "Binary", "content") + "</fields>")
            .Hop("grid", "load")
            .Result("load");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["name", "bytes"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(path, row.Values[0]);
        Assert.Equal("xyz"u8.ToArray(), Assert.IsType<byte[]>(row.Values[1]));
    }

    [Fact]
    public async Task LoadFile_RowLimit_StopsAfterLimit()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in/a.txt", "1");
        harness.WriteFile("in/b.txt", "2");
        harness.WriteFile("in/c.txt", "3");
        harness.Transform("load", "LoadFileInput", "<limit>2</limit>" + Files("${PROJECT_HOME}/in", @".*\.txt", false) +
                "<fields>" + Field("n", "Integer", "content") + "</fields>")
            .Result("load");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { 1L, 2L }, rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task LoadFile_MissingFileFromField_FailsNamingFile()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["name:String"], ["/nowhere/missing.txt"])
            .Transform("load", "LoadFileInput", "<IsInFields>Y</IsInFields><DynamicFilenameField>name</DynamicFilenameField>" +
                "<fields>" + Field("c", "String", "content") + "</fields>")
            .Hop("grid", "load")
            .Result("load");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'load'", outcome.Log.Read(0).Text);
        Assert.Contains("the file '/nowhere/missing.txt' does not exist", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task BinaryFileOutput_WritesBytesAndPassesRow()
    {
        var harness = new PipelineHarness();
        var source = harness.WriteFile("src.bin", "payload");
        var target = Path.Combine(harness.Home, "out", "copy.bin");
        harness.Grid("grid", ["name:String", "target:String"], [source, target])
            .Transform("load", "LoadFileInput", "<IsInFields>Y</IsInFields><DynamicFilenameField>name</DynamicFilenameField>" +
                "<fields>" + Field("bytes", "Binary", "content") + "</fields>")
            .Transform("write", "BinaryFileOutput", "<binaryfield>bytes</binaryfield><filenamefield>target</filenamefield>" +
                "<createparentfolder>Y</createparentfolder><overwritefile>Y</overwritefile>")
            .Hop("grid", "load")
            .Hop("load", "write")
            .Result("write");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["name", "target", "bytes"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal("payload", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task BinaryFileOutput_NoParentFolder_FailsNamingFolder()
    {
        var harness = new PipelineHarness();
        var target = Path.Combine(harness.Home, "absent", "x.bin");
        harness.Grid("grid", ["data:String", "target:String"], ["abc", target])
            .Transform("write", "BinaryFileOutput", "<binaryfield>data</binaryfield><filenamefield>target</filenamefield>" +
                "<createparentfolder>N</createparentfolder><overwritefile>Y</overwritefile>")
            .Hop("grid", "write")
            .Result("write");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains($"the parent folder '{Path.GetDirectoryName(target)}'", outcome.Log.Read(0).Text);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task LoadFile_NullNameFromField_FailsNamingField()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["name:String"], new string?[] { null })
            .Transform("load", "LoadFileInput", "<IsInFields>Y</IsInFields><DynamicFilenameField>name</DynamicFilenameField>" +
                "<fields>" + Field("text", "String", "content") + "</fields>")
            .Hop("grid", "load")
            .Result("load");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the file name in field 'name' is empty (row 1)", outcome.Log.Read(0).Text);
        Assert.DoesNotContain("   at ", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task LoadFile_FolderFromField_FailsAsNotAFile()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in/a.txt", "1");
        harness.Grid("grid", ["name:String"], [Path.Combine(harness.Home, "in")])
            .Transform("load", "LoadFileInput", "<IsInFields>Y</IsInFields><DynamicFilenameField>name</DynamicFilenameField>" +
                "<fields>" + Field("text", "String", "content") + "</fields>")
            .Hop("grid", "load")
            .Result("load");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("is a folder, not a file", outcome.Log.Read(0).Text);
    }
}
