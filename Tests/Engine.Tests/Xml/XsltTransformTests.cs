using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

public sealed class XsltTransformTests
{
    private const string Greeting =
        "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
        + "<xsl:output method=\"text\"/><xsl:param name=\"greeting\"/>"
        + "<xsl:template match=\"/\"><xsl:value-of select=\"$greeting\"/>, <xsl:value-of select=\"/p/name\"/>!"
        + "</xsl:template></xsl:stylesheet>";

    private static string Settings(string xslSettings, string parameters = "") =>
        $"<fieldname>xml</fieldname><resultfieldname>out</resultfieldname>{xslSettings}"
        + $"<parameters>{parameters}</parameters><outputproperties/>";

    [Fact]
    public async Task Xslt_StylesheetFileOnEachRow_AddsTextOutput()
    {
        var xsl = Path.Combine(TestPaths.Assets, "xml", "names.xsl");
        var harness = new PipelineHarness();
        harness.Grid("grid", ["id:Integer", "xml:String"], ["1", "<note><to>Bob</to><body>Hi</body></note>"],
                ["2", "<note><to>Ann</to></note>"])
            .Transform("xsl", "XSLT", Settings($"<xslfilename>{xsl}</xslfilename><xslfilefielduse>N</xslfilefielduse>"))
            .Hop("grid", "xsl")
            .Result("xsl");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "xml", "out"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "<note><to>Bob</to><body>Hi</body></note>", "to=Bob;body=Hi;" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "<note><to>Ann</to></note>", "to=Ann;" }, rows[1].Values);
    }

    [Fact]
    public async Task Xslt_StylesheetTextInFieldWithParameter_PassesTheFieldValue()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String", "xsl:String", "hello:String"], ["<p><name>Ada</name></p>", Greeting, "Hello"])
            .Transform("xsl", "XSLT", Settings(
                "<xslfilefield>xsl</xslfilefield><xslfilefielduse>Y</xslfilefielduse><xslfieldisafile>N</xslfieldisafile>",
                "<parameter><field>hello</field><name>greeting</name></parameter>"))
            .Hop("grid", "xsl")
            .Result("xsl");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("Hello, Ada!", row.Values[3]);
    }

    [Fact]
    public async Task Xslt_BrokenXml_FailsNamingTheField()
    {
        var xsl = Path.Combine(TestPaths.Assets, "xml", "names.xsl");
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<note><to>"])
            .Transform("xsl", "XSLT", Settings($"<xslfilename>{xsl}</xslfilename><xslfilefielduse>N</xslfilefielduse>"))
            .Hop("grid", "xsl")
            .Result("xsl");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("field 'xml' failed", outcome.ErrorDescription);
    }
}
