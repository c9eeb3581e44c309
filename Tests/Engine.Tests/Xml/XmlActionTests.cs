using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

public sealed class XmlActionTests
{
    [Theory]
    [InlineData("note-valid.xml", true)]
    [InlineData("note-invalid.xml", false)]
    public async Task DtdValidator_ExternalDtd_JudgesElementOrder(string file, bool valid)
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("DTD_VALIDATOR",
            $"<dtdfilename>${{PROJECT_HOME}}/note.dtd</dtdfilename><dtdintern>N</dtdintern><xmlfilename>${{PROJECT_HOME}}/{file}</xmlfilename>");

        Assert.Equal(valid, outcome.Success);
    }

    [Fact]
    public async Task DtdValidator_InternalDtdWithUndeclaredElement_IsFalseAndLogsTheCause()
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("DTD_VALIDATOR",
            "<dtdfilename/><dtdintern>Y</dtdintern><xmlfilename>${PROJECT_HOME}/note-internal-invalid.xml</xmlfilename>");

        Assert.False(outcome.Success);
        Assert.Contains("note-internal-invalid.xml' is not valid", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task DtdValidator_InternalModeWithoutDoctype_IsFalse()
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("DTD_VALIDATOR",
            "<dtdfilename/><dtdintern>Y</dtdintern><xmlfilename>${PROJECT_HOME}/note-valid.xml</xmlfilename>");

        Assert.False(outcome.Success);
    }

    [Theory]
    [InlineData("note-.*\\.xml", true)]
    [InlineData(".*\\.xml", false)]
    public async Task XmlWellFormed_FolderWithWildcard_FailsOnlyWhenABrokenFileIsSelected(string wildcard, bool success)
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("XML_WELL_FORMED",
            "<include_subfolders>N</include_subfolders><nr_errors_less_than>10</nr_errors_less_than>"
            + "<success_condition>success_if_no_errors</success_condition><resultfilenames>all_filenames</resultfilenames>"
            + $"<fields><field><source_filefolder>${{PROJECT_HOME}}</source_filefolder><wildcard>{wildcard}</wildcard></field></fields>");

        Assert.Equal(success, outcome.Success);
        Assert.Equal(success ? 3 : 7, outcome.Result.ResultFiles.Count);
    }

    [Fact]
    public async Task Xslt_TextStylesheet_WritesTransformedText()
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("XSLT",
            "<ifFileExists>2</ifFileExists><outputfilename>${PROJECT_HOME}/out/result.txt</outputfilename>"
            + "<xmlfilename>${PROJECT_HOME}/note-valid.xml</xmlfilename><xslfilename>${PROJECT_HOME}/names.xsl</xslfilename>");

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("to=Bob;body=Hi;", File.ReadAllText(home.PathOf("out/result.txt")));
    }

    [Fact]
    public async Task Xslt_OutputExistsWithFailChoice_IsFalseAndKeepsTheFile()
    {
        var home = XmlActionHome.Create();
        Directory.CreateDirectory(home.PathOf("out"));
        File.WriteAllText(home.PathOf("out/result.txt"), "keep");

        var outcome = await home.RunActionAsync("XSLT",
            "<ifFileExists>2</ifFileExists><outputfilename>${PROJECT_HOME}/out/result.txt</outputfilename>"
            + "<xmlfilename>${PROJECT_HOME}/note-valid.xml</xmlfilename><xslfilename>${PROJECT_HOME}/names.xsl</xslfilename>");

        Assert.False(outcome.Success);
        Assert.Equal("keep", File.ReadAllText(home.PathOf("out/result.txt")));
    }

    [Theory]
    [InlineData("person-valid.xml", "noneed", true)]
    [InlineData("person-invalid.xml", "noneed", false)]
    [InlineData("person-valid.xml", "filename", true)]
    [InlineData("person-invalid.xml", "filename", false)]
    [InlineData("note-valid.xml", "filename", false)]
    public async Task XsdValidator_Action_JudgesTheDocument(string file, string source, bool valid)
    {
        var home = XmlActionHome.Create();

        var outcome = await home.RunActionAsync("XSD_VALIDATOR",
            $"<xsdsource>{source}</xsdsource><xmlfilename>${{PROJECT_HOME}}/{file}</xmlfilename>"
            + "<xsdfilename>${PROJECT_HOME}/person.xsd</xsdfilename><allowExternalEntities>N</allowExternalEntities>");

        Assert.Equal(valid, outcome.Success);
    }
}
