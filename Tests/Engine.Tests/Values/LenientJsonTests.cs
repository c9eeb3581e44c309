using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Values;

public sealed class LenientJsonTests
{
    [Fact]
    public void Parse_UnquotedFieldNames_ReadsObject()
    {
        var node = LenientJson.Parse("{firstname:\"Without\", age:50, address:{zip_Code:\"1223\"}, $a-b:[1,{c:true}]}");

        Assert.Equal(
            "{\"firstname\":\"Without\",\"age\":50,\"address\":{\"zip_Code\":\"1223\"},\"$a-b\":[1,{\"c\":true}]}",
            node!.ToJsonString());
    }

    [Fact]
    public void Parse_NameLikeTextInsideStrings_StaysUnchanged()
    {
        var node = LenientJson.Parse("{\"k\":\"{a:1, b:\\\"x\\\"}\", n: null}");

        Assert.Equal("{a:1, b:\"x\"}", node!["k"]!.GetValue<string>());
        Assert.Null(node["n"]);
    }

    [Fact]
    public void Parse_TrailingText_IgnoredAsJackson()
    {
        var node = LenientJson.Parse("{\"a\":1} trailing");

        Assert.Equal(1, node!["a"]!.GetValue<int>());
    }

    [Fact]
    public void Parse_RepeatedKey_KeepsLastValue()
    {
        var node = LenientJson.Parse("{a:1, a:2}");

        Assert.Equal(2, node!["a"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{'a':1}")]
    [InlineData("{\"a\":'x'}")]
    [InlineData("{a:x}")]
    [InlineData("{\"a\":1,}")]
    public void Parse_LeniencyHopDoesNotEnable_Throws(string text)
    {
        Assert.ThrowsAny<JsonException>(() => LenientJson.Parse(text));
    }

    [Fact]
    public void FromString_JsonFieldUnquotedNames_ReturnsNode()
    {
        var meta = new ValueMeta("jsonNode", HopValueType.Json);

        var value = ValueConverter.FromString(meta, "{name:\"Quotes\"}");

        Assert.Equal("Quotes", Assert.IsAssignableFrom<JsonNode>(value)["name"]!.GetValue<string>());
    }

    [Fact]
    public void FromString_InvalidJson_FailureNamesField()
    {
        var meta = new ValueMeta("jsonNode", HopValueType.Json);

        var error = Assert.Throws<HopException>(() => ValueConverter.FromString(meta, "{name:'single'}"));

        Assert.Contains("Unable to convert '{name:'single'}' to JSON for field 'jsonNode'", error.Message);
    }
}
