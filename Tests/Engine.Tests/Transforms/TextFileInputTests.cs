using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class TextFileInputTests
{
    private const string CsvField = "<field><name>{0}</name><type>{1}</type><format>{2}</format><trim_type>{3}</trim_type>" +
        "<null_string>{4}</null_string><if_null_value>{5}</if_null_value><repeat>{6}</repeat><position>{7}</position><length>{8}</length></field>";

    private static string Field(string name, string type, string format = "", string trim = "none", string nullString = "",
        string ifNull = "", bool repeat = false, int position = -1, int length = -1) =>
        string.Format(CsvField, name, type, format, trim, nullString, ifNull, repeat ? "Y" : "N", position, length);

    private static string Settings(string file, string fields, string extra = "", string separator = ";") =>
        $"<file_type>CSV</file_type><separator>{separator}</separator><enclosure>\"</enclosure><header>Y</header><nr_headerlines>1</nr_headerlines>" +
        $"<noempty>Y</noempty>{extra}<files><file><name>{file}</name><filemask/><exclude_filemask/><file_required>N</file_required>" +
        $"<include_subfolders>N</include_subfolders></file></files><fields>{fields}</fields>";

    [Fact]
    public async Task TextFileInput_TypedCsv_ConvertsEachField()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "id;amount;day;name\n1;12.50;2024/01/31;\" Ann \"\n\n2;3;2024/02/01;Bob\n");
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv",
                Field("id", "Integer") + Field("amount", "Number") + Field("day", "Date", "yyyy/MM/dd") + Field("name", "String", trim: "both")))
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, 12.5, new DateTime(2024, 1, 31), "Ann" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, 3.0, new DateTime(2024, 2, 1), "Bob" }, rows[1].Values);
    }

    [Fact]
    public async Task TextFileInput_Enclosures_KeepEmptyEnclosedAndMultiline()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "a;b;c\n\"\";;\"say \"\"hi\"\"\"\n\"x;y\";\"line one\nline two\";z\n");
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv",
                Field("a", "String") + Field("b", "String") + Field("c", "String"), "<enclosure_breaks>Y</enclosure_breaks>"))
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { string.Empty, null, "say \"hi\"" }, rows[0].Values);
        Assert.Equal(new object?[] { "x;y", "line one\nline two", "z" }, rows[1].Values);
    }

    [Fact]
    public async Task TextFileInput_NullIfIfNullRepeat_FillValues()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "group;value\nA;-\n;7\nB;\n");
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv",
                Field("group", "String", repeat: true) + Field("value", "Integer", nullString: "-", ifNull: "0")))
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { "A", 0L }, rows[0].Values);
        Assert.Equal(new object?[] { "A", 7L }, rows[1].Values);
        Assert.Equal(new object?[] { "B", 0L }, rows[2].Values);
    }

    [Fact]
    public async Task TextFileInput_FixedWidthWithFooterAndRowNumber_ReadsPositions()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.txt", "\nHEADER\n001Ann  \n\n002Bob  \nTOTAL 2\n\n");
        var extra = "<footer>Y</footer><nr_footerlines>1</nr_footerlines><rownum>Y</rownum><rownum_field>nr</rownum_field>" +
            "<include>Y</include><include_field>file</include_field>";
        var settings = Settings("${PROJECT_HOME}/in.txt", Field("id", "Integer", position: 0, length: 3) + Field("name", "String", trim: "right", position: 3, length: 5), extra)
            .Replace("<file_type>CSV</file_type>", "<file_type>Fixed</file_type>");
        harness.Transform("read", "TextFileInput2", settings).Result("read");

        var rows = await harness.RowsAsync();

        var file = Path.Combine(harness.Home, "in.txt");
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, "Ann", file, 1L }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "Bob", file, 2L }, rows[1].Values);
        Assert.Equal(["id", "name", "file", "nr"], rows[0].Meta.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task TextFileInput_FolderWithMask_ReadsMatchingFilesInOrder()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("data/b.txt", "v\n2\n");
        harness.WriteFile("data/a.txt", "v\n1\n");
        harness.WriteFile("data/sub/c.txt", "v\n3\n");
        harness.WriteFile("data/skip.csv", "v\n9\n");
        var settings = $"<separator>;</separator><header>Y</header><nr_headerlines>1</nr_headerlines><noempty>Y</noempty>" +
            "<files><file><name>${PROJECT_HOME}/data</name><filemask>.*\\.txt$</filemask><exclude_filemask/>" +
            "<file_required>Y</file_required><include_subfolders>Y</include_subfolders></file></files>" +
            $"<fields>{Field("v", "Integer")}</fields>";
        harness.Transform("read", "TextFileInput2", settings).Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task TextFileInput_FileNamesFromField_PassesInputFields()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("one.csv", "v\n10\n11\n");
        var settings = "<separator>;</separator><header>Y</header><nr_headerlines>1</nr_headerlines><noempty>Y</noempty>" +
            "<accept_filenames>Y</accept_filenames><accept_field>path</accept_field><accept_transform_name>names</accept_transform_name>" +
            $"<passing_through_fields>Y</passing_through_fields><file><name/></file><fields>{Field("v", "Integer")}</fields>";
        harness.Grid("names", ["tag:String", "path:String"], ["first", Path.Combine(harness.Home, "one.csv")])
            .Transform("read", "TextFileInput2", settings)
            .Hop("names", "read")
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "first", Path.Combine(harness.Home, "one.csv"), 10L }, rows[0].Values);
        Assert.Equal(11L, rows[1].Values[2]);
    }

    [Fact]
    public async Task TextFileInput_BadNumber_FailsNamingLineAndFile()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "v\n1\nabc\n");
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv", Field("v", "Integer"))).Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("line 3", outcome.ErrorDescription);
        Assert.Contains("in.csv", outcome.ErrorDescription);
    }

    [Fact]
    public async Task TextFileInput_BadNumberWithErrorHop_SendsRowWithErrorFields()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "v\n1\nabc\n3\n");
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv", Field("v", "Integer")))
            .Result("read")
            .Transform("errors", "RowsToResult")
            .ErrorHop("read", "errors", "<nr_valuename>nr</nr_valuename><descriptions_valuename>why</descriptions_valuename>" +
                "<fields_valuename>field</fields_valuename><codes_valuename>code</codes_valuename><max_errors/>");

        var rows = await harness.RowsAsync();

        var good = rows.Where(r => r.Meta.Count == 1).Select(r => r.Values[0]).ToList();
        var bad = Assert.Single(rows, r => r.Meta.Count == 5);
        Assert.Equal([1L, 3L], good.Order());
        Assert.Null(bad.Values[0]);
        Assert.Equal(1L, bad.Values[1]);
        Assert.Contains("abc", (string)bad.Values[2]!);
        Assert.Equal("v", bad.Values[3]);
        Assert.Equal("TFI001", bad.Values[4]);
    }

    [Fact]
    public async Task TextFileInput_MissingRequiredFile_Fails()
    {
        var harness = new PipelineHarness();
        var settings = Settings("${PROJECT_HOME}/nothing.csv", Field("v", "Integer")).Replace("<file_required>N</file_required>", "<file_required>Y</file_required>");
        harness.Transform("read", "TextFileInput2", settings).Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("nothing.csv", outcome.ErrorDescription);
    }

    [Fact]
    public async Task TextFileInput_AdditionalFileFields_DescribeTheFile()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "v\n1\n");
        var extra = "<shortFileFieldName>short</shortFileFieldName><extensionFieldName>ext</extensionFieldName>" +
            "<sizeFieldName>size</sizeFieldName><uriNameFieldName>uri</uriNameFieldName>";
        harness.Transform("read", "TextFileInput2", Settings("${PROJECT_HOME}/in.csv", Field("v", "Integer"), extra)).Result("read");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["v", "short", "ext", "size", "uri"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "in.csv", "csv", 4L, new Uri(Path.Combine(harness.Home, "in.csv")).AbsoluteUri }, row.Values);
    }
}
