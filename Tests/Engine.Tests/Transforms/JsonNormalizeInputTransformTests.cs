using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class JsonNormalizeInputTransformTests
{
    private static string Field(string name, string path, string type = "String") =>
        $"<field><name>{name}</name><path>{path}</path><type>{type}</type><repeat>N</repeat><length>-1</length><precision>-1</precision></field>";

    private static string Options(
        string recordPath, string fields, string arrays = "STRINGIFY", int depth = -1, string beyond = "STRINGIFY",
        bool ignoreMissing = true) =>
        $"<recordPath>{recordPath}</recordPath><fieldSeparator>.</fieldSeparator><maxFlattenDepth>{depth}</maxFlattenDepth>" +
        $"<arrayHandling>{arrays}</arrayHandling><beyondDepthBehavior>{beyond}</beyondDepthBehavior>" +
        $"<ignoreMissingField>{(ignoreMissing ? "Y" : "N")}</ignoreMissingField><fields>{fields}</fields>";

    private static string FromField(string source, bool removeSource = false) =>
        $"<IsInFields>Y</IsInFields><IsAFile>N</IsAFile><valueField>{source}</valueField>" +
        $"<removeSourceField>{(removeSource ? "Y" : "N")}</removeSourceField>";

    [Fact]
    public async Task JsonNormalize_FieldSource_FlattensEachRecord()
    {
        var json = "{\"items\":[{\"id\":1,\"c\":{\"name\":\"a\",\"tags\":[\"x\",\"y\"]},\"total\":2.5},{\"id\":2,\"c\":{\"name\":null}}]}";
        var harness = new PipelineHarness()
            .Grid("grid", ["key:String", "doc:String"], ["k", json])
            .Transform("norm", "JsonNormalizeInput", FromField("doc", removeSource: true) + Options("$.items[*]",
                Field("id", "id", "Integer") + Field("name", "c.name") + Field("tags", "c.tags") + Field("total", "total", "Number")))
            .Hop("grid", "norm")
            .Result("norm");

        var rows = await harness.RowsAsync();

        Assert.Equal(["key", "id", "name", "tags", "total"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "k", 1L, "a", "[\"x\",\"y\"]", 2.5 }, rows[0].Values);
        Assert.Equal(new object?[] { "k", 2L, null, null, null }, rows[1].Values);
    }

    [Fact]
    public async Task JsonNormalize_FileSource_AddsFileAndNumber()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("in/events.json", "[{\"e\":\"a\"},{\"e\":\"b\"},{\"e\":\"c\"}]");
        harness.Transform("norm", "JsonNormalizeInput",
                $"<IsInFields>N</IsInFields><file><name>{path}</name><file_required>Y</file_required></file>" +
                "<include>Y</include><include_field>file</include_field><rownum>Y</rownum><rownum_field>nr</rownum_field>" +
                "<limit>2</limit>" + Options("$", Field("e", "e")))
            .Result("norm");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "a", path, 1L }, rows[0].Values);
        Assert.Equal(new object?[] { "b", path, 2L }, rows[1].Values);
    }

    [Fact]
    public async Task JsonNormalize_MissingPath_FailsNamingPath()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["doc:String"], ["{\"a\":1}"])
            .Transform("norm", "JsonNormalizeInput", FromField("doc") + Options("$", Field("b", "b"), ignoreMissing: false))
            .Hop("grid", "norm")
            .Result("norm");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the required flatten path 'b' is missing in the record", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task JsonNormalize_InvalidDocument_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["doc:String"], ["{a:1}"])
            .Transform("norm", "JsonNormalizeInput", FromField("doc") + Options("$", Field("a", "a")))
            .Hop("grid", "norm")
            .Result("norm");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("failed to parse the JSON document in field 'doc'", outcome.Log.Read(0).Text);
    }

    [Fact]
    public void Flatten_MaxDepthOmit_DropsDeeperObjects()
    {
        var flattener = new JsonFlattener("_", 1, JsonFlattener.Stringify, JsonFlattener.Omit);

        var flat = flattener.Flatten(JsonNode.Parse("{\"a\":{\"b\":1,\"c\":{\"d\":2}},\"e\":null}"));

        Assert.Equal(["a_b", "e"], flat.Keys);
        Assert.Null(flat["e"]);
    }

    [Fact]
    public void Flatten_MaxDepthStringify_KeepsObject()
    {
        var flattener = new JsonFlattener(".", 0, JsonFlattener.Stringify, JsonFlattener.Stringify);

        var flat = flattener.Flatten(JsonNode.Parse("{\"a\":{\"b\":1}}"));

        Assert.Equal("{\"b\":1}", flat["a"]!.ToJsonString());
    }

    [Fact]
    public void Flatten_SingleElementArray_UnwrapsValue()
    {
        var flattener = new JsonFlattener(".", -1, JsonFlattener.SingleElement, JsonFlattener.Stringify);

        var flat = flattener.Flatten(JsonNode.Parse("{\"a\":[{\"b\":1}],\"c\":[]}"));

        Assert.Equal(1, flat["a.b"]!.GetValue<int>());
        Assert.Null(flat["c"]);
        Assert.Throws<HopException>(() => flattener.Flatten(JsonNode.Parse("{\"a\":[1,2]}")));
    }

    [Fact]
    public void Flatten_ArrayErrorMode_RejectsArray()
    {
        var flattener = new JsonFlattener(".", -1, JsonFlattener.Error, JsonFlattener.Stringify);

        var error = Assert.Throws<HopException>(() => flattener.Flatten(JsonNode.Parse("{\"a\":[1]}")));

        Assert.Contains("Array not allowed at path 'a'", error.Message);
    }

    [Fact]
    public void Flatten_ScalarRecord_UsesUnderscoreKey()
    {
        var flattener = new JsonFlattener(".", -1, JsonFlattener.Stringify, JsonFlattener.Stringify);

        var flat = flattener.Flatten(JsonNode.Parse("42"));

        Assert.Equal(42, flat["_"]!.GetValue<int>());
    }
}
