using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ProcessFilesTransformTests
{
    private static string Settings(string operation, bool overwrite = false, bool createParent = false,
        bool addResult = false, bool simulate = false) =>
        $"<operation_type>{operation}</operation_type><sourcefilenamefield>source</sourcefilenamefield>" +
        "<targetfilenamefield>target</targetfilenamefield>" +
        $"<overwritetargetfile>{Flag(overwrite)}</overwritetargetfile>" +
        $"<createparentfolder>{Flag(createParent)}</createparentfolder>" +
        $"<addresultfilenames>{Flag(addResult)}</addresultfilenames><simulate>{Flag(simulate)}</simulate>";

    private static string Flag(bool value) => value ? "Y" : "N";

    private static PipelineHarness Harness(string settings, params string?[][] rows)
    {
        var harness = new PipelineHarness();
        return harness
            .Grid("grid", ["source:String", "target:String"], rows)
            .Transform("process", "ProcessFiles", settings)
            .Hop("grid", "process")
            .Result("process");
    }

    [Fact]
    public async Task ProcessFiles_CopyIntoNewFolder_AddsResultFile()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "in.txt");
        var target = Path.Combine(home, "out", "sub", "copy.txt");
        File.WriteAllText(source, "content");
        var harness = Harness(Settings("copy", createParent: true, addResult: true), [source, target]);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        var row = Assert.Single(outcome.Result.Rows);
        Assert.Equal(["source", "target"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { source, target }, row.Values);
        Assert.Equal("content", File.ReadAllText(target));
        Assert.True(File.Exists(source));
        var file = Assert.Single(outcome.Result.ResultFiles.Values);
        Assert.Equal(target, file.Path);
        Assert.Equal("process", file.Origin);
    }

    [Fact]
    public async Task ProcessFiles_MoveWithOverwrite_ReplacesTarget()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "new.txt");
        var target = Path.Combine(home, "old.txt");
        File.WriteAllText(source, "new");
        File.WriteAllText(target, "old");
        var harness = Harness(Settings("move", overwrite: true), [source, "file://" + target]);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.False(File.Exists(source));
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Empty(outcome.Result.ResultFiles);
    }

    [Fact]
    public async Task ProcessFiles_ExistingTargetNoOverwrite_LeavesBoth()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "new.txt");
        var target = Path.Combine(home, "old.txt");
        File.WriteAllText(source, "new");
        File.WriteAllText(target, "old");
        var harness = Harness(Settings("copy"), [source, target]);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Single(outcome.Result.Rows);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal("new", File.ReadAllText(source));
    }

    [Fact]
    public async Task ProcessFiles_Delete_RemovesSourceWithoutTargetField()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "gone.txt");
        File.WriteAllText(source, "x");
        var harness = new PipelineHarness()
            .Grid("grid", ["file:String"], [source])
            .Transform("process", "ProcessFiles",
                "<operation_type>delete</operation_type><sourcefilenamefield>file</sourcefilenamefield><simulate>N</simulate>")
            .Hop("grid", "process")
            .Result("process");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Equal(new object?[] { source }, Assert.Single(outcome.Result.Rows).Values);
        Assert.False(File.Exists(source));
    }

    [Fact]
    public async Task ProcessFiles_Simulate_ChangesNoFile()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "keep.txt");
        var target = Path.Combine(home, "moved.txt");
        File.WriteAllText(source, "x");
        var harness = Harness(Settings("move", simulate: true, addResult: true), [source, target]);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Single(outcome.Result.Rows);
        Assert.True(File.Exists(source));
        Assert.False(File.Exists(target));
        Assert.Empty(outcome.Result.ResultFiles);
    }

    [Fact]
    public async Task ProcessFiles_MissingParentFolder_Fails()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "in.txt");
        var target = Path.Combine(home, "nowhere", "out.txt");
        File.WriteAllText(source, "x");
        var harness = Harness(Settings("copy"), [source, target]);

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        var log = outcome.Log.Read(0).Text;
        Assert.Contains("Transform 'process'", log);
        Assert.Contains($"the target parent folder [{Path.Combine(home, "nowhere")}] does not exist", log);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task ProcessFiles_MissingSource_SendsErrorRow()
    {
        var home = new PipelineHarness().Home;
        var source = Path.Combine(home, "absent.txt");
        var harness = Harness(Settings("copy"), [source, Path.Combine(home, "t.txt")])
            .Transform("errors", "RowsToResult")
            .ErrorHop("process", "errors",
                "<nr_valuename>errorCount</nr_valuename><descriptions_valuename>errorText</descriptions_valuename>" +
                "<fields_valuename/><codes_valuename>errorCode</codes_valuename><max_errors/>");

        var rows = await harness.RowsAsync();

        var error = Assert.Single(rows);
        Assert.Equal(["source", "target", "errorCount", "errorText", "errorCode"], error.Meta.Fields.Select(f => f.Name));
        Assert.Equal(1L, error.Values[2]);
        Assert.Contains($"the source file [{source}] does not exist", (string)error.Values[3]!);
        Assert.Equal("ProcessFiles001", error.Values[4]);
    }

    [Fact]
    public async Task ProcessFiles_UnknownSourceField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["name:String"], ["x"])
            .Transform("process", "ProcessFiles",
                "<operation_type>delete</operation_type><sourcefilenamefield>file</sourcefilenamefield>")
            .Hop("grid", "process")
            .Result("process");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the source filename field 'file' is not in the input row", outcome.Log.Read(0).Text);
    }
}
