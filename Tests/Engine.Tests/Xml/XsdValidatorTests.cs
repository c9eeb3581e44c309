using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

public sealed class XsdValidatorTests
{
    private static string Settings(string source, string schema, bool asString = false) =>
        $"<xmlstream>xml</xmlstream><resultfieldname>valid</resultfieldname><addvalidationmsg>Y</addvalidationmsg>"
        + $"<validationmsgfield>msg</validationmsgfield><ifxmlvalid>ok</ifxmlvalid><ifxmlunvalid>bad</ifxmlunvalid>"
        + $"<outputstringfield>{(asString ? "Y" : "N")}</outputstringfield><xmlsourcefile>N</xmlsourcefile>"
        + $"<xsdsource>{source}</xsdsource><xdsfilename>{schema}</xdsfilename><allowExternalEntities>N</allowExternalEntities>";

    [Fact]
    public async Task XsdValidator_SchemaFile_AddsBooleanAndMessage()
    {
        var schema = Path.Combine(TestPaths.Assets, "xml", "person.xsd");
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<person><name>Ada</name><age>36</age></person>"],
                ["<person><name>Ada</name><age>old</age></person>"])
            .Transform("check", "XSDValidator", Settings("filename", schema))
            .Hop("grid", "check")
            .Result("check");

        var rows = await harness.RowsAsync();

        Assert.Equal(["xml", "valid", "msg"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(true, rows[0].Values[1]);
        Assert.Null(rows[0].Values[2]);
        Assert.Equal(false, rows[1].Values[1]);
        Assert.Contains("'age'", (string)rows[1].Values[2]!);
    }

    [Fact]
    public async Task XsdValidator_StringOutput_WritesConfiguredTexts()
    {
        var schema = Path.Combine(TestPaths.Assets, "xml", "person.xsd");
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<person><name>Ada</name><age>1</age></person>"], ["<other/>"])
            .Transform("check", "XSDValidator", Settings("filename", schema, asString: true))
            .Hop("grid", "check")
            .Result("check");

        var rows = await harness.RowsAsync();

        Assert.Equal(["ok", "bad"], rows.Select(r => r.Values[1]));
    }

    [Fact]
    public async Task XsdValidator_NoSchemaReferenced_IsInvalid()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<person><name>Ada</name><age>1</age></person>"])
            .Transform("check", "XSDValidator", Settings("noneed", string.Empty))
            .Hop("grid", "check")
            .Result("check");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(false, row.Values[1]);
    }

    [Fact]
    public async Task XsdValidator_MissingSchemaFile_FailsThePipeline()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["xml:String"], ["<a/>"])
            .Transform("check", "XSDValidator", Settings("filename", "/no/such.xsd"))
            .Hop("grid", "check")
            .Result("check");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("/no/such.xsd", outcome.ErrorDescription);
    }
}
