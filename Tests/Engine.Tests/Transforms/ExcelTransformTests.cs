using System.IO.Compression;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ExcelTransformTests
{
    private static string WriterSettings(string fileName, string extension, string startingCell = "A1", string extra = "") =>
        "<header>Y</header><startingCell>" + startingCell + "</startingCell><rowWritingMethod>overwrite</rowWritingMethod>" +
        "<fields>" + WriterField("name", "String") + WriterField("count", "Integer") + WriterField("price", "Number") +
        WriterField("day", "Date") + WriterField("ok", "Boolean") + "</fields>" +
        $"<file><name>{PipelineHarness.Escape(fileName)}</name><extension>{extension}</extension><sheetname>Data</sheetname>" +
        $"<if_file_exists>new</if_file_exists><if_sheet_exists>new</if_sheet_exists>{extra}</file>";

    private static string WriterField(string name, string type) =>
        $"<field><name>{name}</name><type>{type}</type><title>{name}</title><format/><formula>N</formula></field>";

    private static string InputSettings(string path, string type, int startRow, int startColumn, string fields, string extra = "") =>
        $"<header>Y</header><noempty>Y</noempty><file><name>{PipelineHarness.Escape(path)}</name><file_required>Y</file_required></file>" +
        $"<sheets><sheet><name>Data</name><startrow>{startRow}</startrow><startcol>{startColumn}</startcol></sheet></sheets>" +
        $"<fields>{fields}</fields><spreadsheet_type>{type}</spreadsheet_type>{extra}";

    private static string InputField(string name, string type, string format = "") =>
        $"<field><name>{name}</name><type>{type}</type><format>{format}</format><length>-1</length><precision>-1</precision>" +
        "<trim_type>none</trim_type><repeat>N</repeat></field>";

    private static readonly string TypedFields = InputField("name", "String") + InputField("count", "Integer") +
        InputField("price", "Number") + InputField("day", "Date") + InputField("ok", "Boolean");

    private static async Task<string> WriteSampleAsync(string extension, string startingCell)
    {
        var writer = new PipelineHarness()
            .Grid("grid", ["name:String", "count:Integer", "price:Number", "day:Date:yyyy-MM-dd", "ok:Boolean"],
                ["apple", "3", "1.25", "2024-03-04", "Y"], ["pear", null, "-2.5", "2023-12-31", "N"])
            .Transform("writer", "TypeExitExcelWriterTransform", WriterSettings("${PROJECT_HOME}/out/sample", extension, startingCell))
            .Hop("grid", "writer")
            .Result("writer");

        var passed = await writer.RowsAsync();

        Assert.Equal(2, passed.Count);
        return Path.Combine(writer.Home, "out", "sample." + extension);
    }

    [Fact]
    public async Task ExcelRoundTrip_Xlsx_KeepsCellTypes()
    {
        var path = await WriteSampleAsync("xlsx", "A1");
        var reader = new PipelineHarness()
            .Transform("input", "ExcelInput", InputSettings(path, "SAX_POI", 0, 0, TypedFields))
            .Result("input");

        var rows = await reader.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal([HopValueType.String, HopValueType.Integer, HopValueType.Number, HopValueType.Date, HopValueType.Boolean],
            rows[0].Meta.Fields.Select(f => f.Type));
        Assert.Equal(new object?[] { "apple", 3L, 1.25, new DateTime(2024, 3, 4), true }, rows[0].Values);
        Assert.Equal(new object?[] { "pear", null, -2.5, new DateTime(2023, 12, 31), false }, rows[1].Values);
    }

    [Fact]
    public async Task ExcelInput_XlsStartCell_FillsExtraFields()
    {
        var path = await WriteSampleAsync("xls", "B3");
        var fields = InputField("name", "String") + InputField("count", "String", "#");
        var extra = "<sheetfield>sheet</sheetfield><sheetrownumfield>sheet_row</sheetrownumfield><rownumfield>row</rownumfield>" +
            "<filefield>file</filefield>";
        var reader = new PipelineHarness()
            .Transform("input", "ExcelInput", InputSettings(path, "POI", 2, 1, fields, extra))
            .Result("input");

        var rows = await reader.RowsAsync();

        Assert.Equal(["name", "count", "file", "sheet", "sheet_row", "row"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "apple", "3", path, "Data", 4L, 1L }, rows[0].Values);
        Assert.Equal(new object?[] { "pear", null, path, "Data", 5L, 2L }, rows[1].Values);
    }

    [Fact]
    public async Task ExcelInput_OdsFile_ReadsCellKinds()
    {
        var harness = new PipelineHarness();
        var path = Path.Combine(harness.Home, "sample.ods");
        WriteOds(path);
        harness.Transform("input", "ExcelInput", InputSettings(path, "ODS", 0, 0,
                InputField("id", "Integer") + InputField("day", "Date") + InputField("label", "String")))
            .Result("input");

        var rows = await harness.RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(new object?[] { 7L, new DateTime(2022, 11, 25), "two  spaces" }, row.Values);
    }

    [Fact]
    public async Task ExcelInput_StrictTypes_RejectsTextCell()
    {
        var path = await WriteSampleAsync("xlsx", "A1");
        var reader = new PipelineHarness()
            .Transform("input", "ExcelInput", InputSettings(path, "POI", 0, 0, InputField("name", "Integer"), "<strict_types>Y</strict_types>"))
            .Result("input");

        var outcome = await reader.RunAsync();

        Assert.False(outcome.Success);
        var log = outcome.Log.Read(0).Text;
        Assert.Contains("cannot convert field 'name'", log);
        Assert.Contains("row 2, column 1", log);
        Assert.Contains("invalid type Label: apple, expected Integer", log);
    }

    [Fact]
    public async Task ExcelInput_MissingRequiredFile_FailsNamingFile()
    {
        var harness = new PipelineHarness();
        var path = Path.Combine(harness.Home, "absent.xlsx");
        harness.Transform("input", "ExcelInput", InputSettings(path, "POI", 0, 0, InputField("a", "String")))
            .Result("input");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("absent.xlsx", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task ExcelWriter_SplitEveryRow_WritesNumberedFiles()
    {
        var writer = new PipelineHarness()
            .Grid("grid", ["name:String", "count:Integer", "price:Number", "day:Date", "ok:Boolean"],
                ["a", "1", "1", null, null], ["b", "2", "2", null, null])
            .Transform("writer", "TypeExitExcelWriterTransform",
                WriterSettings("${PROJECT_HOME}/split", "xlsx", extra: "<splitevery>1</splitevery>"))
            .Hop("grid", "writer")
            .Result("writer");

        await writer.RowsAsync();

        Assert.True(File.Exists(Path.Combine(writer.Home, "split_0.xlsx")));
        Assert.True(File.Exists(Path.Combine(writer.Home, "split_1.xlsx")));
        Assert.False(File.Exists(Path.Combine(writer.Home, "split_2.xlsx")));
    }

    [Fact]
    public async Task ExcelWriter_AppendLines_WritesBelowExistingRows()
    {
        var path = await WriteSampleAsync("xlsx", "A1");
        var settings = WriterSettings(path[..^".xlsx".Length], "xlsx")
            .Replace("<if_file_exists>new</if_file_exists><if_sheet_exists>new</if_sheet_exists>",
                "<if_file_exists>reuse</if_file_exists><if_sheet_exists>reuse</if_sheet_exists>", StringComparison.Ordinal)
            .Replace("<header>Y</header>", "<header>N</header><appendLines>Y</appendLines>", StringComparison.Ordinal);
        var appender = new PipelineHarness()
            .Grid("grid", ["name:String", "count:Integer", "price:Number", "day:Date", "ok:Boolean"], ["plum", "9", "0.5", null, null])
            .Transform("writer", "TypeExitExcelWriterTransform", settings)
            .Hop("grid", "writer")
            .Result("writer");
        await appender.RowsAsync();
        var reader = new PipelineHarness()
            .Grid("files", ["file:String"], [path])
            .Transform("input", "ExcelInput", InputSettings(string.Empty, "POI", 0, 0, InputField("name", "String"),
                "<accept_filenames>Y</accept_filenames><accept_field>file</accept_field><accept_transform_name>files</accept_transform_name>"))
            .Hop("files", "input")
            .Result("input");

        var rows = await reader.RowsAsync();

        Assert.Equal(["apple", "pear", "plum"], rows.Select(r => (string?)r.Values[0]));
    }

    [Fact]
    public async Task ExcelWriter_MissingField_FailsNamingField()
    {
        var writer = new PipelineHarness()
            .Grid("grid", ["name:String"], ["a"])
            .Transform("writer", "TypeExitExcelWriterTransform", WriterSettings("${PROJECT_HOME}/bad", "xlsx"))
            .Hop("grid", "writer")
            .Result("writer");

        var outcome = await writer.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'count' is not in the input rows", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task ExcelWriter_XlsRowLimit_FailsNamingLimit()
    {
        var generator = "<fields>" +
            "<field><name>name</name><type>String</type><nullif>n</nullif><length>-1</length><precision>-1</precision></field>" +
            "<field><name>count</name><type>Integer</type><nullif>1</nullif><length>-1</length><precision>-1</precision></field>" +
            "<field><name>price</name><type>Number</type><nullif>1.5</nullif><length>-1</length><precision>-1</precision></field>" +
            "<field><name>day</name><type>Date</type><format>yyyyMMdd</format><nullif>20240101</nullif><length>-1</length><precision>-1</precision></field>" +
            "<field><name>ok</name><type>Boolean</type><nullif>Y</nullif><length>-1</length><precision>-1</precision></field>" +
            "</fields><limit>65536</limit>";
        var writer = new PipelineHarness()
            .Transform("gen", "RowGenerator", generator)
            .Transform("writer", "TypeExitExcelWriterTransform", WriterSettings("${PROJECT_HOME}/many", "xls"))
            .Hop("gen", "writer")
            .Result("writer");

        var outcome = await writer.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("row 65537 does not fit in sheet 'Data', which has at most 65536 rows", outcome.Log.Read(0).Text);
    }

    private static void WriteOds(string path)
    {
        const string content =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " +
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">" +
            "<office:body><office:spreadsheet><table:table table:name=\"Data\">" +
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>id</text:p></table:table-cell></table:table-row>" +
            "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2022-11-25\"><text:p>11/25/22</text:p></table:table-cell>" +
            "<table:table-cell office:value-type=\"string\"><text:p>two<text:s text:c=\"2\"/>spaces</text:p></table:table-cell>" +
            "<table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>" +
            "</table:table></office:spreadsheet></office:body></office:document-content>";
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry("content.xml").Open());
        writer.Write(content);
    }

    [Fact]
    public async Task ExcelInput_EmptyFile_FailsSayingEmpty()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("empty.xlsx", string.Empty);
        harness.Transform("input", "ExcelInput", InputSettings(path, "POI", 0, 0, InputField("a", "String")))
            .Result("input");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("empty.xlsx': the file is empty.", outcome.Log.Read(0).Text);
    }
}
