using System.Text.Json.Nodes;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class JsonTransformTests
{
    private static string Field(string name, string path, string type = "String", bool repeat = false) =>
        $"<field><name>{name}</name><path>{PipelineHarness.Escape(path)}</path><type>{type}</type><format/><trim_type>none</trim_type>" +
        $"<repeat>{(repeat ? "Y" : "N")}</repeat><length>-1</length><precision>-1</precision></field>";

    private static string FromField(string source, string fields, bool isFile = false, bool removeSource = true, bool ignoreMissing = true) =>
        $"<IsInFields>Y</IsInFields><IsAFile>{(isFile ? "Y" : "N")}</IsAFile><valueField>{source}</valueField>" +
        $"<removeSourceField>{(removeSource ? "Y" : "N")}</removeSourceField><ignoreMissingPath>{(ignoreMissing ? "Y" : "N")}</ignoreMissingPath>" +
        $"<defaultPathLeafToNull>Y</defaultPathLeafToNull><doNotFailIfNoFile>N</doNotFailIfNoFile><fields>{fields}</fields>";

    [Fact]
    public async Task JsonInput_WildcardPaths_WriteOneRowPerMatch()
    {
        var harness = new PipelineHarness();
        var json = "{\"fighters\":[{\"name\":\"Goku\",\"power\":9001},{\"name\":\"Vegeta\",\"power\":8000},{\"name\":\"Krillin\"}]}";
        harness.Grid("grid", ["id:Integer", "json:String"], ["1", json])
            .Transform("parse", "JsonInput", FromField("json", Field("name", "$.fighters[*].name") + Field("power", "$.fighters[*].power", "Integer")))
            .Hop("grid", "parse")
            .Result("parse");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "name", "power"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "Goku", 9001L }, rows[0].Values);
        Assert.Equal(new object?[] { 1L, "Vegeta", 8000L }, rows[1].Values);
        Assert.Equal(new object?[] { 1L, "Krillin", null }, rows[2].Values);
    }

    [Fact]
    public async Task JsonInput_RelativeIndexAndJsonType_ConvertsValues()
    {
        var harness = new PipelineHarness();
        var json = "{\"name\":\"Goku\",\"moves\":[{\"power\":10,\"n\":\"kick\"},{\"power\":20.5,\"n\":\"beam\"}],\"a\":[1,2,3]}";
        harness.Grid("grid", ["json:String"], [json])
            .Transform("parse", "JsonInput", FromField("json",
                Field("name", "name") + Field("first", "moves[0].power", "Integer") + Field("second", "moves[1]", "JSON")
                + Field("last", "$.a[-1]") + Field("moves", "$.moves") + Field("power", "$.moves[1].power")))
            .Hop("grid", "parse")
            .Result("parse");

        var row = Assert.Single(await harness.RowsAsync()).Values;

        Assert.Equal("Goku", row[0]);
        Assert.Equal(10L, row[1]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"power\":20.5,\"n\":\"beam\"}"), (JsonNode)row[2]!));
        Assert.Equal("3", row[3]);
        Assert.Equal("[{\"power\":10,\"n\":\"kick\"},{\"power\":20.5,\"n\":\"beam\"}]", row[4]);
        Assert.Equal("20.5", row[5]);
    }

    [Fact]
    public async Task JsonInput_FileNamedInField_ReadsEachFile()
    {
        var harness = new PipelineHarness();
        var first = harness.WriteFile("a.json", "{\"items\":[{\"v\":1},{\"v\":2}]}");
        var second = harness.WriteFile("b.json", "{\"items\":[{\"v\":3}]}");
        harness.Grid("grid", ["file:String"], [first], [second])
            .Transform("parse", "JsonInput", FromField("file", Field("v", "$.items[*].v", "Integer"), isFile: true))
            .Hop("grid", "parse")
            .Result("parse");

        var rows = await harness.RowsAsync();

        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task JsonInput_FilesFromSettings_AddFileNameAndRowNumber()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in/x.json", "[{\"Name\":\"a\"},{\"Name\":\"b\"}]");
        var settings = "<IsInFields>N</IsInFields><include>Y</include><include_field>file</include_field><rownum>Y</rownum>" +
            "<rownum_field>nr</rownum_field><ignoreMissingPath>N</ignoreMissingPath><file><name>${PROJECT_HOME}/in</name>" +
            "<filemask>.*\\.json</filemask><file_required>Y</file_required></file>" + $"<fields>{Field("name", "$.[*].Name")}</fields>";
        harness.Transform("parse", "JsonInput", settings).Result("parse");

        var rows = await harness.RowsAsync();

        var file = Path.Combine(harness.Home, "in", "x.json");
        Assert.Equal(new object?[] { "a", file, 1L }, rows[0].Values);
        Assert.Equal(new object?[] { "b", file, 2L }, rows[1].Values);
    }

    [Fact]
    public async Task JsonInput_MissingPathNotIgnored_Fails()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["json:String"], ["{\"a\":1}"])
            .Transform("parse", "JsonInput", FromField("json", Field("b", "$.b"), ignoreMissing: false))
            .Hop("grid", "parse")
            .Result("parse");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("$.b", outcome.ErrorDescription);
    }

    [Fact]
    public async Task JsonInput_DifferentMatchCounts_Fails()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["json:String"], ["{\"a\":[1,2],\"b\":[1,2,3]}"])
            .Transform("parse", "JsonInput", FromField("json", Field("a", "$.a[*]") + Field("b", "$.b[*]")))
            .Hop("grid", "parse")
            .Result("parse");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("not the same", outcome.ErrorDescription);
    }

    [Fact]
    public async Task JsonInput_FilterAndDeepScan_SelectNodes()
    {
        var harness = new PipelineHarness();
        var json = "{\"store\":{\"book\":[{\"t\":\"A\",\"price\":8},{\"t\":\"B\",\"price\":12},{\"t\":\"C\",\"price\":5}]}}";
        harness.Grid("grid", ["json:String"], [json])
            .Transform("parse", "JsonInput", FromField("json", Field("title", "$..book[?(@.price < 10)].t")))
            .Hop("grid", "parse")
            .Result("parse");

        var rows = await harness.RowsAsync();

        Assert.Equal(["A", "C"], rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task JsonOutput_OutputValueInBlocks_WritesOneRowPerBlock()
    {
        var harness = new PipelineHarness();
        var settings = "<operation_type>outputvalue</operation_type><outputValue>json</outputValue><jsonBloc>data</jsonBloc>" +
            "<nrRowsInBloc>2</nrRowsInBloc><fields><field><name>id</name><element>key</element></field>" +
            "<field><name>name</name><element>name</element></field><field><name>ok</name><element>ok</element></field></fields>";
        harness.Grid("grid", ["id:Integer", "name:String", "ok:Boolean"], ["1", "a", "Y"], ["2", null, "N"], ["3", "c", "Y"])
            .Transform("out", "JsonOutput", settings)
            .Hop("grid", "out")
            .Result("out");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 2L, null, false, "{\"data\":[{\"key\":1,\"name\":\"a\",\"ok\":true},{\"key\":2,\"name\":null,\"ok\":false}]}" }, rows[0].Values);
        Assert.Equal(new object?[] { 3L, "c", true, "{\"data\":[{\"key\":3,\"name\":\"c\",\"ok\":true}]}" }, rows[1].Values);
    }

    [Fact]
    public async Task JsonOutput_WriteToFile_PassesRowsAndWritesBlock()
    {
        var harness = new PipelineHarness();
        var settings = "<operation_type>writetofile</operation_type><outputValue/><jsonBloc>rows</jsonBloc><nrRowsInBloc>0</nrRowsInBloc>" +
            "<fileName>${PROJECT_HOME}/out/result</fileName><extension>json</extension><createParentFolder>Y</createParentFolder>" +
            "<fields><field><name>id</name><element>id</element></field></fields>";
        harness.Grid("grid", ["id:Integer"], ["1"], ["2"])
            .Transform("out", "JsonOutput", settings)
            .Hop("grid", "out")
            .Result("out");

        var rows = await harness.RowsAsync();

        Assert.Equal([1L, 2L], rows.Select(r => r.Values[0]));
        Assert.Equal("{\"rows\":[{\"id\":1},{\"id\":2}]}", File.ReadAllText(Path.Combine(harness.Home, "out", "result.json")));
    }

    [Fact]
    public async Task JsonOutput_FixedBlocks_WriteOneFilePerBlock()
    {
        var harness = new PipelineHarness();
        var settings = "<operation_type>writetofile</operation_type><jsonBloc>data</jsonBloc><nrRowsInBloc>2</nrRowsInBloc>" +
            "<fileName>${PROJECT_HOME}/out/block</fileName><extension>json</extension><createParentFolder>Y</createParentFolder>" +
            "<fields><field><name>id</name><element>id</element></field></fields>";
        harness.Grid("grid", ["id:Integer"], ["1"], ["2"], ["3"])
            .Transform("out", "JsonOutput", settings)
            .Hop("grid", "out")
            .Result("out");

        var rows = await harness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal("{\"data\":[{\"id\":1},{\"id\":2}]}", File.ReadAllText(Path.Combine(harness.Home, "out", "block_0.json")));
        Assert.Equal("{\"data\":[{\"id\":3}]}", File.ReadAllText(Path.Combine(harness.Home, "out", "block_1.json")));
    }

    [Theory]
    [InlineData("N", "Robert")]
    [InlineData("Y", "-|Robert")]
    public async Task JsonInput_IncludeNullsVariable_KeepsAllNullRows(string includeNulls, string expected)
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["json:String"], ["[{\"Name\":null},{\"Name\":\"Robert\"}]"])
            .Transform("parse", "JsonInput", FromField("json", Field("name", "$.[*].Name")))
            .Hop("grid", "parse")
            .Result("parse");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["HOP_JSON_INPUT_INCLUDE_NULLS"] = includeNulls });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(expected, string.Join("|", outcome.Result.Rows.Select(r => r.Values[0] ?? "-")));
    }
}
