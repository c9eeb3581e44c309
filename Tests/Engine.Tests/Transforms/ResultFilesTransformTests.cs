using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ResultFilesTransformTests
{
    [Fact]
    public async Task FilesToResult_FileNameField_AddsResultFiles()
    {
        var harness = new PipelineHarness();
        var first = harness.WriteFile("a.txt", "a");
        var second = harness.WriteFile("b.txt", "b");
        harness.Grid("grid", ["f:String"], [first], [second])
            .Transform("set", "FilesToResult", "<filename_field>f</filename_field><file_type>LOG</file_type>")
            .Hop("grid", "set")
            .Result("set");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Equal(2, outcome.Result.Rows.Count);
        var files = outcome.Result.ResultFiles.Values.ToList();
        Assert.Equal([first, second], files.Select(f => f.Path));
        Assert.All(files, f => Assert.Equal("set", f.Origin));
        Assert.All(files, f => Assert.Equal("test", f.ParentOrigin));
        Assert.All(files, f => Assert.Equal("Log", f.TypeDescription));
    }

    [Fact]
    public async Task FilesToResult_UnknownField_Fails()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["f:String"], ["x"])
            .Transform("set", "FilesToResult", "<filename_field>missing</filename_field><file_type>GENERAL</file_type>")
            .Hop("grid", "set")
            .Result("set");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the file name field 'missing' is not in the input rows", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task FilesFromResult_NextPipeline_ReadsFileRows()
    {
        var harness = new PipelineHarness();
        var file = harness.WriteFile("data/c.txt", "c");
        harness.WriteFile("add.hpl", Pipeline("add",
            Grid("grid", file) + Transform("set", "FilesToResult", "<filename_field>f</filename_field><file_type>GENERAL</file_type>"),
            ("grid", "set")));
        harness.WriteFile("read.hpl", Pipeline("read",
            Transform("get", "FilesFromResult", string.Empty) + Transform("out", "RowsToResult", string.Empty),
            ("get", "out")));
        var workflow = harness.WriteFile("main.hwf", "<workflow><name>main</name><actions>" +
            "<action><name>Start</name><type>SPECIAL</type></action>" +
            "<action><name>add</name><type>PIPELINE</type><filename>${PROJECT_HOME}/add.hpl</filename></action>" +
            "<action><name>read</name><type>PIPELINE</type><filename>${PROJECT_HOME}/read.hpl</filename></action>" +
            "</actions><hops>" + WorkflowHop("Start", "add") + WorkflowHop("add", "read") + "</hops></workflow>");

        var outcome = await LocalRunner.RunFileAsync(workflow, harness.Home, new Dictionary<string, string>());

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        var row = Assert.Single(outcome.Result.Rows);
        Assert.Equal(["type", "filename", "path", "parentorigin", "origin", "comment", "timestamp"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "General", "c.txt", new Uri(file).AbsoluteUri, "add", "set", null }, row.Values.Take(6));
        Assert.IsType<DateTime>(row.Values[6]);
    }

    private static string Pipeline(string name, string transforms, params (string From, string To)[] hops) =>
        $"<pipeline><info><name>{name}</name></info><order>" +
        string.Concat(hops.Select(h => $"<hop><from>{h.From}</from><to>{h.To}</to><enabled>Y</enabled></hop>")) +
        $"</order>{transforms}</pipeline>";

    private static string Transform(string name, string type, string settings) =>
        $"<transform><name>{name}</name><type>{type}</type><copies>1</copies>{settings}</transform>";

    private static string Grid(string name, string value) =>
        Transform(name, "DataGrid", "<fields><field><name>f</name><type>String</type></field></fields>" +
            $"<data><line><item>{PipelineHarness.Escape(value)}</item></line></data>");

    private static string WorkflowHop(string from, string to) =>
        $"<hop><from>{from}</from><to>{to}</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>";
}
