using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

public sealed class AdvancedXmlOutputTests
{
    private const string OrdersTree =
        "<tree><name>orders</name><kind>Element</kind><children>"
        + "<node><name>order</name><kind>Element</kind><group_by>Y</group_by><mapped_field>order</mapped_field><children>"
        + "<node><name>id</name><kind>Attribute</kind><mapped_field>order</mapped_field></node>"
        + "<node><name>line</name><kind>Element</kind><loop>Y</loop><children>"
        + "<node><name>qty</name><kind>Attribute</kind><mapped_field>qty</mapped_field></node>"
        + "<node><name>item</name><kind>Element</kind><mapped_field>item</mapped_field><default_value>none</default_value></node>"
        + "</children></node></children></node></children></tree>";

    private static string Settings(string file, string tree, bool compact = false, bool xsd = false, string extra = "") =>
        $"<encoding>UTF-8</encoding><compact_file>{(compact ? "Y" : "N")}</compact_file>"
        + "<blank_line_after_xml_decl>Y</blank_line_after_xml_decl><create_empty_element>Y</create_empty_element>"
        + $"<generate_xsd>{(xsd ? "Y" : "N")}</generate_xsd>{extra}"
        + $"<file><name>{file}</name><extension>xml</extension><splitevery>0</splitevery><split>N</split>"
        + "<zipped>N</zipped><add_to_result_filenames>Y</add_to_result_filenames>"
        + $"<do_not_create_empty_file>Y</do_not_create_empty_file></file>{tree}";

    private static PipelineHarness Orders(string settings) =>
        new PipelineHarness()
            .Grid("grid", ["order:Integer", "item:String", "qty:Integer"], ["1", "Pen", "2"], ["1", null, "1"], ["2", "Ink & co", "5"])
            .Transform("xml", "AdvancedXMLOutput", settings)
            .Hop("grid", "xml")
            .Result("xml");

    [Fact]
    public async Task AdvancedXmlOutput_GroupedRows_WritesOneGroupElementPerKeyAndPassesRowsOn()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "out", "orders");
        harness = Orders(Settings(file, OrdersTree, xsd: true));

        var rows = await harness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal(new object?[] { 2L, "Ink & co", 5L }, rows[2].Values);
        Assert.Equal(
            "<?xml version='1.0' encoding='UTF-8'?>\n<orders>\n<order id=\"1\">\n"
            + "<line qty=\"2\"><item>Pen</item></line>\n<line qty=\"1\"><item>none</item></line>\n</order>\n"
            + "<order id=\"2\">\n<line qty=\"5\"><item>Ink &amp; co</item></line>\n</order>\n</orders>\n",
            File.ReadAllText(file + ".xml"));
        Assert.Equal(
            "<?xml version='1.0' encoding='UTF-8'?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
            + "<xs:element name=\"orders\"><xs:complexType><xs:sequence>"
            + "<xs:element name=\"order\" minOccurs=\"0\" maxOccurs=\"unbounded\"><xs:complexType><xs:sequence>"
            + "<xs:element name=\"line\" minOccurs=\"0\" maxOccurs=\"unbounded\"><xs:complexType><xs:sequence>"
            + "<xs:element name=\"item\" type=\"xs:string\"/></xs:sequence>"
            + "<xs:attribute name=\"qty\" type=\"xs:long\" use=\"optional\"/></xs:complexType></xs:element></xs:sequence>"
            + "<xs:attribute name=\"id\" type=\"xs:long\" use=\"optional\"/></xs:complexType></xs:element></xs:sequence>"
            + "</xs:complexType></xs:element></xs:schema>",
            File.ReadAllText(file + ".xsd"));
    }

    [Fact]
    public async Task AdvancedXmlOutput_CompactFile_WritesNoLineBreaks()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "compact");
        harness = Orders(Settings(file, OrdersTree, compact: true));

        await harness.RowsAsync();

        Assert.Equal(
            "<?xml version='1.0' encoding='UTF-8'?><orders><order id=\"1\"><line qty=\"2\"><item>Pen</item></line>"
            + "<line qty=\"1\"><item>none</item></line></order><order id=\"2\"><line qty=\"5\"><item>Ink &amp; co</item>"
            + "</line></order></orders>",
            File.ReadAllText(file + ".xml"));
    }

    [Fact]
    public async Task AdvancedXmlOutput_OutputValueWithSplit_SendsOneRowPerDocumentAndWritesNoFile()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "unused");
        var settings = Settings(file, OrdersTree, compact: true,
                extra: "<operation_type>outputvalue</operation_type><output_xml_field>doc</output_xml_field>")
            .Replace("<splitevery>0</splitevery>", "<splitevery>2</splitevery>");
        harness = Orders(settings);

        var rows = await harness.RowsAsync();

        Assert.Equal(["order", "item", "qty", "doc"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, null, 1L,
            "<?xml version='1.0' encoding='UTF-8'?><orders><order id=\"1\"><line qty=\"2\"><item>Pen</item></line>"
            + "<line qty=\"1\"><item>none</item></line></order></orders>" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "Ink & co", 5L,
            "<?xml version='1.0' encoding='UTF-8'?><orders><order id=\"2\"><line qty=\"5\"><item>Ink &amp; co</item>"
            + "</line></order></orders>" }, rows[1].Values);
        Assert.False(File.Exists(file + "_00001.xml"));
    }

    [Fact]
    public async Task AdvancedXmlOutput_MappedFieldMissing_FailsNamingTheNode()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "missing");
        harness = Orders(Settings(file, OrdersTree.Replace("<mapped_field>item</mapped_field>", "<mapped_field>sku</mapped_field>")));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'sku' of node 'item'", outcome.ErrorDescription);
    }

    [Fact]
    public async Task AdvancedXmlOutput_NoLoopElement_Fails()
    {
        var harness = new PipelineHarness();
        harness = Orders(Settings(Path.Combine(harness.Home, "x"), OrdersTree.Replace("<loop>Y</loop>", string.Empty)));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("loop element", outcome.ErrorDescription);
    }
}
