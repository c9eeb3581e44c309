using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class MappingTests
{
    private const string Child = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pipeline>
          <info><name>child</name>
            <parameters><parameter><name>FACTOR</name><default_value>1</default_value></parameter></parameters>
          </info>
          <order>
            <hop><from>in</from><to>calc</to><enabled>Y</enabled></hop>
            <hop><from>calc</from><to>out</to><enabled>Y</enabled></hop>
          </order>
          <transform><name>in</name><type>MappingInput</type><fields/></transform>
          <transform><name>calc</name><type>GetVariable</type>
            <fields><field><name>factor</name><variable>${FACTOR}</variable><type>String</type><length>-1</length><precision>-1</precision></field></fields>
          </transform>
          <transform><name>out</name><type>MappingOutput</type></transform>
        </pipeline>
        """;

    private static string Mapping(string connectors, string parameters = "") =>
        "<filename>${PROJECT_HOME}/child.hpl</filename><mappings>" +
        $"<input><mapping><main_path>Y</main_path><rename_on_output>Y</rename_on_output>{connectors}</mapping></input>" +
        "<output><mapping><main_path>Y</main_path><rename_on_output>N</rename_on_output></mapping></output>" +
        $"<parameters>{parameters}<inherit_all_vars>Y</inherit_all_vars></parameters></mappings>";

    [Fact]
    public async Task SimpleMapping_RunsSubPipelineOnInputRows()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("child.hpl", Child);
        harness.Grid("grid", ["id:Integer", "name:String"], ["1", "a"], ["2", "b"])
            .Transform("map", "SimpleMapping", Mapping(
                "<connector><parent>name</parent><child>label</child></connector>",
                "<variablemapping><variable>FACTOR</variable><input>${SOURCE}</input></variablemapping>"))
            .Hop("grid", "map")
            .Result("map");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["SOURCE"] = "ten" });

        Assert.True(outcome.Success, outcome.ErrorDescription + outcome.Log.Read(0).Text);
        var rows = outcome.Result.Rows;
        Assert.Equal(["id", "name", "factor"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "a", "ten" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "b", "ten" }, rows[1].Values);
    }

    [Fact]
    public async Task SimpleMapping_OutputConnector_RenamesParentToChild()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("child.hpl", Child);
        harness.Grid("grid", ["id:Integer"], ["1"])
            .Transform("map", "SimpleMapping", Mapping(string.Empty).Replace(
                "<output><mapping>", "<output><mapping><connector><parent>factor</parent><child>multiplier</child></connector>"))
            .Hop("grid", "map")
            .Result("map");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "multiplier"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "1" }, rows[0].Values);
    }

    [Fact]
    public async Task SimpleMapping_MissingPipelineFile_Fails()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["id:Integer"], ["1"])
            .Transform("map", "SimpleMapping", Mapping(string.Empty))
            .Hop("grid", "map")
            .Result("map");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("child.hpl", outcome.ErrorDescription);
    }

    [Fact]
    public async Task SimpleMapping_SubPipelineError_FailsParent()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("child.hpl", Child.Replace("<type>GetVariable</type>", "<type>Abort</type><abort_option>ABORT_WITH_ERROR</abort_option>"));
        harness.Grid("grid", ["id:Integer"], ["1"])
            .Transform("map", "SimpleMapping", Mapping(string.Empty))
            .Hop("grid", "map")
            .Result("map");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("child.hpl", outcome.ErrorDescription);
    }
}
