using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

public sealed class GetXmlDataTests
{
    private const string Items =
        "<items><item id=\"a\"><name>Pen</name><ppu>0.5</ppu><batters><batter id=\"b1\">Plain</batter>"
        + "<batter id=\"b2\">Choc</batter></batters></item><item id=\"b\"><name> Ink </name><ppu>2</ppu></item></items>";

    private static string Field(string name, string path, string type = "String", string element = "node",
        string result = "valueof", string trim = "none") =>
        $"<field><name>{name}</name><xPath>{PipelineHarness.Escape(path)}</xPath><element_type>{element}</element_type>"
        + $"<result_type>{result}</result_type><type>{type}</type><format/><trim_type>{trim}</trim_type>"
        + "<length>-1</length><precision>-1</precision><repeat>N</repeat></field>";

    private static string Settings(string loop, string fields, string source = "", bool isFile = false,
        string file = "", string extra = "") =>
        $"<IsInFields>{(source.Length > 0 ? "Y" : "N")}</IsInFields><IsAFile>{(isFile ? "Y" : "N")}</IsAFile>"
        + $"<XmlField>{source}</XmlField><loopxpath>{PipelineHarness.Escape(loop)}</loopxpath>"
        + $"<namespaceaware>N</namespaceaware><doNotFailIfNoFile>N</doNotFailIfNoFile><fields>{fields}</fields>"
        + $"<file><name>{file}</name><filemask/><exclude_filemask/><file_required>N</file_required>"
        + $"<include_subfolders>N</include_subfolders></file>{extra}";

    [Fact]
    public async Task GetXmlData_FromField_WritesOneTypedRowPerLoopNode()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["key:Integer", "xml:String"], ["7", Items])
            .Transform("read", "getXMLData", Settings("/items/item",
                Field("id", "id", element: "attribut") + Field("name", "name", trim: "both")
                + Field("ppu", "ppu", "Number") + Field("first", "batters/batter/@id")
                + Field("batters", "batters", result: "singlenode"), source: "xml"))
            .Hop("grid", "read")
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(["key", "xml", "id", "name", "ppu", "first", "batters"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 7L, Items, "a", "Pen", 0.5, "b1",
            "<batters><batter id=\"b1\">Plain</batter><batter id=\"b2\">Choc</batter></batters>" }, rows[0].Values);
        Assert.Equal(new object?[] { 7L, Items, "b", "Ink", 2.0, null, null }, rows[1].Values);
    }

    [Fact]
    public async Task GetXmlData_FileWithDefaultNamespace_MatchesPlainPathsAndAddsFileAndRowNumber()
    {
        var file = Path.Combine(TestPaths.Assets, "xml", "items.xml");
        var harness = new PipelineHarness();
        harness.Transform("read", "getXMLData", Settings("/items/item",
                Field("id", "@id") + Field("price", "price", "Number"), file: file,
                extra: "<include>Y</include><include_field>file</include_field><rownum>Y</rownum><rownum_field>nr</rownum_field>"))
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "price", "file", "nr"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "i1", 1.5, file, 1L }, rows[0].Values);
        Assert.Equal(new object?[] { "i2", 3.0, file, 2L }, rows[1].Values);
    }

    [Fact]
    public async Task GetXmlData_BrokenXmlWithoutErrorHop_FailsNamingTheField()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<root><a>"])
            .Transform("read", "getXMLData", Settings("/root", Field("a", "a"), source: "xml"))
            .Hop("grid", "read")
            .Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("field 'xml' cannot be read", outcome.ErrorDescription);
    }

    [Fact]
    public async Task GetXmlData_BrokenFileWithErrorHop_SendsOneErrorRowAndReadsTheOthers()
    {
        var folder = Path.Combine(TestPaths.Assets, "xml");
        var harness = new PipelineHarness();
        harness.Transform("read", "getXMLData", Settings("/note", Field("to", "to"), file: folder)
                .Replace("<filemask/>", "<filemask>(broken|note-valid)\\.xml</filemask>"))
            .Result("read")
            .Transform("errors", "Dummy")
            .ErrorHop("read", "errors", "<descriptions_valuename>why</descriptions_valuename>");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { "Bob" }, Assert.Single(outcome.Result.Rows).Values);
    }

    [Fact]
    public async Task GetXmlData_MissingFileWithoutSkipping_Fails()
    {
        var harness = new PipelineHarness();
        harness.Transform("read", "getXMLData", Settings("/root", Field("a", "a"), file: "/no/such/file.xml"))
            .Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("no input file", outcome.ErrorDescription);
    }
}
