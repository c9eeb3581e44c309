using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Injection;

public sealed class ReshapeInjectionTests
{
    private static string Template(string transform) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <pipeline>
          <info><name>template</name></info>
          <order>
            <hop><from>grid</from><to>target</to><enabled>Y</enabled></hop>
            <hop><from>target</from><to>out</to><enabled>Y</enabled></hop>
          </order>
          <transform><name>grid</name><type>DataGrid</type>
            <fields>
              <field><name>id</name><type>Integer</type></field>
              <field><name>v</name><type>String</type></field>
            </fields>
            <data><line><item>1</item><item>a</item></line><line><item>2</item><item>b</item></line></data>
          </transform>
          {transform}
          <transform><name>out</name><type>Dummy</type></transform>
        </pipeline>
        """;

    private static string Mapping(string key, bool detail, string source, string field) =>
        "<mapping><target_transform_name>target</target_transform_name>" +
        $"<target_attribute_key>{key}</target_attribute_key><target_detail>{(detail ? "Y" : "N")}</target_detail>" +
        $"<source_transform>{source}</source_transform><source_field>{field}</source_field></mapping>";

    private static PipelineHarness Harness(string transform, string mappings, params string[] outputFields)
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl", Template(transform));
        var fields = string.Concat(outputFields.Select(f =>
            $"<source_output_field><source_output_field_name>{f}</source_output_field_name>" +
            "<source_output_field_type>String</source_output_field_type></source_output_field>"));
        return harness
            .Grid("meta", ["name:String", "value:String"], ["v", "x"])
            .Transform("inject", "MetaInject", "<filename>${PROJECT_HOME}/template.hpl</filename>" +
                $"<source_transform>out</source_transform><source_output_fields>{fields}</source_output_fields>" +
                $"<mappings>{mappings}</mappings>")
            .Hop("meta", "inject")
            .Result("inject");
    }

    [Fact]
    public async Task SetValueConstant_InjectedFields_SetValues()
    {
        var harness = Harness(
            "<transform><name>target</name><type>SetValueConstant</type><fields/><usevar>N</usevar></transform>",
            Mapping("FIELD_NAME", true, "meta", "name") + Mapping("REPLACE_VALUE", true, "meta", "value"),
            "id", "v");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal("x", rows[0].Values[1]);
        Assert.Equal("x", rows[1].Values[1]);
    }

    [Fact]
    public async Task Flattener_InjectedSettings_FlattenRows()
    {
        var harness = Harness(
            "<transform><name>target</name><type>Flattener</type><field_name/><fields/></transform>",
            Mapping("field_name", false, "meta", "name") + Mapping("name", true, string.Empty, "first"),
            "id", "first");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "first"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, "a" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "b" }, rows[1].Values);
    }

    [Fact]
    public async Task Normaliser_InjectedFields_WriteRowPerType()
    {
        var harness = Harness(
            "<transform><name>target</name><type>Normaliser</type><typefield/><fields/></transform>",
            Mapping("TYPEFIELD", false, string.Empty, "kind") + Mapping("NAME", true, "meta", "name") +
            Mapping("VALUE", true, "meta", "value") + Mapping("NORMALISED", true, string.Empty, "n"),
            "id", "kind", "n");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "kind", "n"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "x", "a" }, rows[0].Values);
    }
}
