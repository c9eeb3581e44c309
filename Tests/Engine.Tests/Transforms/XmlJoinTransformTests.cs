using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class XmlJoinTransformTests
{
    private static string Settings(
        string xpath, bool complex = false, string compareField = "", bool omitHeader = true, bool omitNulls = false) =>
        "<targetXmlTransform>target</targetXmlTransform><sourceXmlTransform>source</sourceXmlTransform>" +
        "<valueXmlField>joined</valueXmlField><targetXmlField>doc</targetXmlField><sourceXmlField>part</sourceXmlField>" +
        $"<complexJoin>{(complex ? "Y" : "N")}</complexJoin><joinCompareField>{compareField}</joinCompareField>" +
        $"<targetXPath>{PipelineHarness.Escape(xpath)}</targetXPath><encoding>UTF-8</encoding>" +
        $"<omitXmlHeader>{(omitHeader ? "Y" : "N")}</omitXmlHeader><omitNullValues>{(omitNulls ? "Y" : "N")}</omitNullValues>";

    private static PipelineHarness Join(string settings, string[] targetFields, string?[][] targetRows, string[] sourceFields,
        params string?[][] sourceRows) =>
        new PipelineHarness()
            .Grid("target", targetFields, targetRows)
            .Grid("source", sourceFields, sourceRows)
            .Transform("join", "XMLJoin", settings)
            .Hop("target", "join")
            .Hop("source", "join")
            .Result("join");

    [Fact]
    public async Task XmlJoin_SimpleJoin_AppendsEverySourceRow()
    {
        var harness = Join(Settings("//list"), ["id:Integer", "doc:String"], [["7", "<a><list/></a>"], ["8", "<b/>"]],
            ["part:String"], ["<item n=\"1\"/>"], ["<?xml version=\"1.0\"?><item n=\"2\">x &amp; y</item>"]);

        var rows = await harness.RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(["id", "doc", "joined"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.String, row.Meta.Fields[2].Type);
        Assert.Equal(7L, row.Values[0]);
        Assert.Equal("<a><list><item n=\"1\"/><item n=\"2\">x &amp; y</item></list></a>", row.Values[2]);
    }

    [Fact]
    public async Task XmlJoin_ComplexJoin_MatchesCompareValue()
    {
        var harness = Join(Settings("//order[@id='?']/lines", complex: true, compareField: "id", omitHeader: false),
            ["doc:String"], [["<orders><order id=\"1\"><lines/></order><order id=\"2\"><lines/></order></orders>"]],
            ["id:Integer", "part:String"], ["2", "<line q=\"5\"/>"], ["1", "<line q=\"3\"/>"], ["2", "<line q=\"9\"/>"]);

        var rows = await harness.RowsAsync();

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><orders><order id=\"1\"><lines><line q=\"3\"/></lines></order>" +
            "<order id=\"2\"><lines><line q=\"5\"/><line q=\"9\"/></lines></order></orders>",
            Assert.Single(rows).Values[1]);
    }

    [Fact]
    public async Task XmlJoin_OmitNullValues_RemovesEmptyElements()
    {
        var harness = Join(Settings("/a", omitNulls: true), ["doc:String"], [["<a><b/><c x=\"1\"/><d><e/></d></a>"]],
            ["part:String"], ["<f><g/></f>"]);

        var rows = await harness.RowsAsync();

        Assert.Equal("<a><c x=\"1\"/></a>", Assert.Single(rows).Values[1]);
    }

    [Fact]
    public async Task XmlJoin_EmptyTargetStream_SendsNoRow()
    {
        var harness = Join(Settings("/a"), ["doc:String"], [], ["part:String"], ["<b/>"], ["<c/>"]);

        var rows = await harness.RowsAsync();

        Assert.Empty(rows);
    }

    [Fact]
    public async Task XmlJoin_XPathWithoutMatch_Fails()
    {
        var harness = Join(Settings("//missing"), ["doc:String"], [["<a/>"]], ["part:String"], ["<b/>"]);

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'join'", outcome.Log.Read(0).Text);
        Assert.Contains("XPath statement returned no result [//missing]", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task XmlJoin_MissingCompareField_Fails()
    {
        var harness = Join(Settings("//a[@id='?']", complex: true, compareField: "key"), ["doc:String"], [["<a id=\"1\"/>"]],
            ["part:String"], ["<b/>"]);

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("join compare field 'key' not found", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task XmlJoin_MalformedSourceXml_Fails()
    {
        var harness = Join(Settings("/a"), ["doc:String"], [["<a/>"]], ["part:String"], ["<b>"]);

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("join XML field 'part' is not well-formed XML", outcome.Log.Read(0).Text);
    }
}
