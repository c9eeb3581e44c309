using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class XmlInputStreamTransformTests
{
    private static string Settings(string filename, string extra = "") =>
        $"<sourceFromInput>N</sourceFromInput><filename>{filename}</filename><nrRowsToSkip>0</nrRowsToSkip>" +
        "<rowLimit>0</rowLimit><encoding>UTF-8</encoding><enableNamespaces>N</enableNamespaces><enableTrim>Y</enableTrim>" +
        "<includeDataTypeDescriptionField>Y</includeDataTypeDescriptionField>" +
        "<dataTypeDescriptionField>xml_data_type_description</dataTypeDescriptionField>" +
        "<includeXmlElementIDField>Y</includeXmlElementIDField><xmlElementIDField>xml_element_id</xmlElementIDField>" +
        "<includeXmlParentElementIDField>Y</includeXmlParentElementIDField>" +
        "<xmlParentElementIDField>xml_parent_element_id</xmlParentElementIDField>" +
        "<includeXmlElementLevelField>Y</includeXmlElementLevelField><xmlElementLevelField>xml_element_level</xmlElementLevelField>" +
        "<includeXmlPathField>Y</includeXmlPathField><xmlPathField>xml_path</xmlPathField>" +
        "<includeXmlParentPathField>Y</includeXmlParentPathField><xmlParentPathField>xml_parent_path</xmlParentPathField>" +
        "<includeXmlDataNameField>Y</includeXmlDataNameField><xmlDataNameField>xml_data_name</xmlDataNameField>" +
        "<includeXmlDataValueField>Y</includeXmlDataValueField><xmlDataValueField>xml_data_value</xmlDataValueField>" + extra;

    [Fact]
    public async Task XmlInputStream_File_WritesRowPerEvent()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.xml", "<?xml version=\"1.0\"?>\n<a x=\"1\">\n  <b> t </b>\n  <c/>\n</a>");
        harness.Transform("xml", "XMLInputStream", Settings("${PROJECT_HOME}/in.xml")).Result("xml");

        var rows = await harness.RowsAsync();

        Assert.Equal(
            ["xml_data_type_description", "xml_element_id", "xml_parent_element_id", "xml_element_level", "xml_path",
                "xml_parent_path", "xml_data_name", "xml_data_value"],
            rows[0].Meta.Fields.Select(f => f.Name));
        object?[][] expected =
        [
            ["START_DOCUMENT", 0L, null, 0L, "", null, null, null],
            ["START_ELEMENT", 1L, 0L, 1L, "/a", "", "a", null],
            ["ATTRIBUTE", 1L, 0L, 1L, "/a", "", "x", "1"],
            ["START_ELEMENT", 2L, 1L, 2L, "/a/b", "/a", "b", null],
            ["CHARACTERS", 2L, 1L, 2L, "/a/b", "/a", "b", "t"],
            ["END_ELEMENT", 2L, 1L, 2L, "/a/b", "/a", "b", null],
            ["START_ELEMENT", 3L, 1L, 2L, "/a/c", "/a", "c", null],
            ["END_ELEMENT", 3L, 1L, 2L, "/a/c", "/a", "c", null],
            ["END_ELEMENT", 1L, 0L, 1L, "/a", "", "a", null],
            ["END_DOCUMENT", 0L, null, 0L, "", null, null, null],
        ];
        Assert.Equal(expected.Length, rows.Count);
        for (var index = 0; index < expected.Length; index++)
        {
            Assert.Equal(expected[index], rows[index].Values);
        }
    }

    [Fact]
    public async Task XmlInputStream_RowLimit_StopsTransform()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "xml:String"], ["7", "<r><v>1</v></r>"], ["8", "<s/>"])
            .Transform("xml", "XMLInputStream", Settings(string.Empty, "<sourceFieldName>xml</sourceFieldName>")
                .Replace("<sourceFromInput>N</sourceFromInput>", "<sourceFromInput>Y</sourceFromInput>")
                .Replace("<rowLimit>0</rowLimit>", "<rowLimit>3</rowLimit>"))
            .Hop("grid", "xml")
            .Result("xml");

        var rows = await harness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["id", "xml"], rows[0].Meta.Fields.Take(2).Select(f => f.Name));
        Assert.Equal(7L, rows[2].Values[0]);
        Assert.Equal("START_ELEMENT", rows[2].Values[2]);
        Assert.Equal("v", rows[2].Values[8]);
    }

    [Fact]
    public async Task XmlInputStream_MissingFile_FailsNamingFile()
    {
        var harness = new PipelineHarness()
            .Transform("xml", "XMLInputStream", Settings("${PROJECT_HOME}/nope.xml"))
            .Result("xml");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("nope.xml' does not exist", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task XmlInputStream_BadXml_FailsNamingFile()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("bad.xml", "<a><b></a>");
        harness.Transform("xml", "XMLInputStream", Settings("${PROJECT_HOME}/bad.xml")).Result("xml");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("bad.xml' cannot be parsed", outcome.Log.Read(0).Text);
    }
}
