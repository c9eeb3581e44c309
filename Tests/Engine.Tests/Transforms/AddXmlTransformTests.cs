using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class AddXmlTransformTests
{
    private static string Field(
        string name, bool attribute, string format = "", string nullIf = "", string parent = "", string element = "") =>
        $"<field><name>{name}</name><element>{element}</element><type>String</type><format>{format}</format><nullif>{nullIf}</nullif>" +
        $"<attribute>{(attribute ? "Y" : "N")}</attribute><attributeParentName>{parent}</attributeParentName></field>";

    private static string Settings(string root, bool omitHeader, bool omitNulls, params string[] fields) =>
        $"<encoding>ISO-8859-1</encoding><valueName>xml</valueName><xml_repeat_element>{root}</xml_repeat_element>" +
        $"<file><omitXMLheader>{(omitHeader ? "Y" : "N")}</omitXMLheader><omitNullValues>{(omitNulls ? "Y" : "N")}</omitNullValues></file>" +
        $"<fields>{string.Concat(fields)}</fields>";

    [Fact]
    public async Task AddXml_InputTypes_FormatSortedAttributes()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "name:String", "amount:Number", "day:Date:yyyy/MM/dd", "note:String"],
                ["42", "a<b", "1234.5", "2024/03/05", null])
            .Transform("xml", "AddXML", Settings("Row", false, false,
                Field("id", true, "#"), Field("name", true), Field("amount", false, "#,##0.00"),
                Field("day", true, "yyyyMMdd"), Field("note", false, nullIf: "-")))
            .Hop("grid", "xml")
            .Result("xml");

        var rows = await harness.RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(["id", "name", "amount", "day", "note", "xml"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.String, row.Meta.Fields[5].Type);
        Assert.Equal(42L, row.Values[0]);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Row day=\"20240305\" id=\"42\" name=\"a&lt;b\">" +
            "<amount>1,234.50</amount><note>-</note></Row>",
            row.Values[5]);
    }

    [Fact]
    public async Task AddXml_OmitNullValues_SkipsNullFields()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["name:String", "missing:String", "qty:Integer", "empty:String"], ["ü€", null, "1200", null])
            .Transform("xml", "AddXML", Settings("Item", true, true,
                Field("name", false, element: "Detail"), Field("name", true, parent: "Detail"), Field("missing", true),
                Field("qty", false), Field("empty", false)))
            .Hop("grid", "xml")
            .Result("xml");

        var rows = await harness.RowsAsync();

        Assert.Equal("<Item><Detail name=\"ü&#8364;\">ü&#8364;</Detail><qty>1,200</qty></Item>", Assert.Single(rows).Values[4]);
    }

    [Fact]
    public async Task AddXml_MissingInputField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:String"], ["x"])
            .Transform("xml", "AddXML", Settings("Row", true, false, Field("nope", true)))
            .Hop("grid", "xml")
            .Result("xml");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'xml'", outcome.Log.Read(0).Text);
        Assert.Contains("field 'nope' not found in the input row", outcome.Log.Read(0).Text);
    }
}
