using Xunit;
using Orleans.AsyncHop.Engine.Tests.Transforms;

namespace Orleans.AsyncHop.Engine.Tests.Injection;

public sealed class MetaInjectTests
{
    private const string Template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pipeline>
          <info><name>template</name></info>
          <order><hop><from>gen</from><to>out</to><enabled>Y</enabled></hop></order>
          <transform><name>gen</name><type>RowGenerator</type><limit>1</limit><fields/></transform>
          <transform><name>out</name><type>Dummy</type></transform>
        </pipeline>
        """;

    private static string Mapping(string target, string key, bool detail, string source, string field) =>
        $"<mapping><target_transform_name>{target}</target_transform_name><target_attribute_key>{key}</target_attribute_key>" +
        $"<target_detail>{(detail ? "Y" : "N")}</target_detail><source_transform>{source}</source_transform>" +
        $"<source_field>{field}</source_field></mapping>";

    private static string Settings(string mappings, string stream = "out", string targetFile = "", bool noExecution = false) =>
        $"<filename>${{PROJECT_HOME}}/template.hpl</filename><source_transform>{stream}</source_transform>" +
        "<source_output_fields><source_output_field><source_output_field_name>a</source_output_field_name>" +
        "<source_output_field_type>String</source_output_field_type></source_output_field></source_output_fields>" +
        $"<target_file>{targetFile}</target_file><create_parent_folder>Y</create_parent_folder>" +
        $"<no_execution>{(noExecution ? "Y" : "N")}</no_execution><mappings>{mappings}</mappings>";

    private static PipelineHarness Harness(string mappings, string stream = "out", string targetFile = "", bool noExecution = false)
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl", Template);
        harness.Grid("meta", ["field:String", "value:String"], ["a", "x"], ["b", "z"])
            .Transform("inject", "MetaInject", Settings(mappings, stream, targetFile, noExecution))
            .Hop("meta", "inject");
        return harness;
    }

    [Fact]
    public async Task MetaInject_FieldsFromRowsAndConstants_StreamsInjectedRows()
    {
        var harness = Harness(
            Mapping("gen", "name", true, "meta", "field") +
            Mapping("gen", "nullif", true, "meta", "value") +
            Mapping("gen", "type", true, string.Empty, "String") +
            Mapping("gen", "limit", false, string.Empty, "2"))
            .Result("inject");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["SUFFIX"] = "y" });

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        var rows = outcome.Result.Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "x", "z" }, rows[0].Values);
        Assert.Equal(new object?[] { "x", "z" }, rows[1].Values);
    }

    [Fact]
    public async Task MetaInject_ConstantWithVariable_IsResolved()
    {
        var harness = Harness(
            Mapping("gen", "name", true, string.Empty, "c") +
            Mapping("gen", "type", true, string.Empty, "String") +
            Mapping("gen", "nullif", true, string.Empty, "v-${SUFFIX}"))
            .Result("inject");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["SUFFIX"] = "y" });

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Equal(new object?[] { "v-y" }, Assert.Single(outcome.Result.Rows).Values);
    }

    [Theory]
    [InlineData("1", "")]
    [InlineData("0", null)]
    public async Task MetaInject_FlagFromNumberText_IsStoredAsYesOrNo(string flag, string? expected)
    {
        var harness = Harness(
            Mapping("gen", "name", true, string.Empty, "e") +
            Mapping("gen", "type", true, string.Empty, "String") +
            Mapping("gen", "set_empty_string", true, string.Empty, flag))
            .Result("inject");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Equal(new object?[] { expected }, Assert.Single(outcome.Result.Rows).Values);
    }

    [Fact]
    public async Task MetaInject_TargetFileWithoutExecution_SavesInjectedPipeline()
    {
        var harness = Harness(Mapping("gen", "limit", false, string.Empty, "7"), string.Empty, "${PROJECT_HOME}/out/injected.hpl", true);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        var saved = System.Xml.Linq.XDocument.Load(Path.Combine(harness.Home, "out", "injected.hpl"));
        var gen = saved.Root!.Elements("transform").Single(t => t.Element("name")!.Value == "gen");
        Assert.Equal("7", gen.Element("limit")!.Value);
    }

    [Fact]
    public async Task MetaInject_StreamingInput_EntersTemplateAtTargetTransform()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl", """
            <pipeline><info><name>t</name></info>
              <order><hop><from>in</from><to>out</to><enabled>Y</enabled></hop></order>
              <transform><name>in</name><type>Dummy</type></transform>
              <transform><name>out</name><type>Dummy</type></transform>
            </pipeline>
            """);
        harness.Grid("data", ["a:String"], ["x"], ["y"])
            .Transform("inject", "MetaInject", Settings(string.Empty) +
                "<stream_source_transform>data</stream_source_transform><stream_target_transform>in</stream_target_transform>")
            .Hop("data", "inject")
            .Result("inject");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        Assert.Equal(["x", "y"], outcome.Result.Rows.Select(r => (string?)r.Values[0]));
    }

    [Fact]
    public async Task MetaInject_ListItemsInsideTransform_ReplaceOldItemsOnSave()
    {
        var harness = Harness(
            Mapping("calc", "field_name", true, "meta", "field") +
            Mapping("calc", "calc_type", true, string.Empty, "CONSTANT") +
            Mapping("calc", "remove", true, string.Empty, "true"),
            string.Empty, "${PROJECT_HOME}/injected.hpl", true);
        harness.WriteFile("template.hpl", """
            <pipeline><info><name>t</name></info>
              <transform><name>calc</name><type>Calculator</type>
                <calculation><field_name>old</field_name></calculation><calculation><field_name>old2</field_name></calculation>
                <calculation><field_name>old3</field_name></calculation>
              </transform>
            </pipeline>
            """);

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.Log.Read(0).Text);
        var calc = System.Xml.Linq.XDocument.Load(Path.Combine(harness.Home, "injected.hpl")).Root!.Element("transform")!;
        var items = calc.Elements("calculation").ToList();
        Assert.Equal(["a", "b"], items.Select(i => i.Element("field_name")!.Value));
        Assert.All(items, i => Assert.Equal("CONSTANT", i.Element("calc_type")!.Value));
        Assert.All(items, i => Assert.Equal("Y", i.Element("remove")!.Value));
    }

    [Fact]
    public async Task MetaInject_UnknownKey_FailsNamingKeyAndTransform()
    {
        var harness = Harness(Mapping("gen", "NO_SUCH_KEY", false, string.Empty, "1"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("unknown injection key 'NO_SUCH_KEY' for transform 'gen' (RowGenerator)", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task MetaInject_UnsupportedTargetType_Fails()
    {
        var harness = Harness(Mapping("out", "anything", false, string.Empty, "1"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("metadata injection into transform 'out' of type 'Dummy'", outcome.Log.Read(0).Text);
    }
}
