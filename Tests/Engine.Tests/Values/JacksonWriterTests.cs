using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Values;

public sealed class JacksonWriterTests
{
    [Fact]
    public void Write_Pretty_UsesJacksonDefaultLayout()
    {
        var node = JsonNode.Parse("{\"a\":[{\"b\":1},[]],\"c\":{},\"d\":1.50,\"e\":1e2}");

        var text = JacksonWriter.Write(node, pretty: true);

        Assert.Equal("{\n  \"a\" : [ {\n    \"b\" : 1\n  }, [ ] ],\n  \"c\" : { },\n  \"d\" : 1.5,\n  \"e\" : 100.0\n}", text);
    }

    [Fact]
    public void Write_Compact_EscapesOnlyControlCharacters()
    {
        var node = new JsonObject { ["s"] = "q\"/\\\u0001\té<>" };

        var text = JacksonWriter.Write(node, pretty: false);

        Assert.Equal("{\"s\":\"q\\\"/\\\\\\u0001\\té<>\"}", text);
    }

    [Fact]
    public void Write_NotANumber_IsQuoted()
    {
        Assert.Equal("[\"NaN\",1.0E7,12345.0]", JacksonWriter.Write(new JsonArray(double.NaN, 1e7, 12345.0), pretty: false));
    }

    [Fact]
    public void ToText_JsonValue_IsPrettyJackson()
    {
        var meta = new ValueMeta("doc", HopValueType.Json);

        Assert.Equal("{\n  \"k\" : [ 1, 2 ]\n}", ValueConverter.ToText(meta, JsonNode.Parse("{\"k\":[1,2]}")));
        Assert.Equal("\"text\"", ValueConverter.ToText(meta, JsonValue.Create("text")));
    }
}
