using Orleans.AsyncHop.Engine.Json;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class EnhancedJsonOutputTransformTests
{
    private static string Field(string name, string element = "", bool fragment = false, bool noEnclosure = false, bool removeIfBlank = false) =>
        $"<field><name>{name}</name><element>{element}</element><json_fragment>{Yn(fragment)}</json_fragment>" +
        $"<is_without_enclosing>{Yn(noEnclosure)}</is_without_enclosing><remove_if_blank>{Yn(removeIfBlank)}</remove_if_blank></field>";

    private static string Settings(
        string fields, string keys = "", string operation = "outputvalue", string bloc = "", bool pretty = false,
        bool singleItem = false, bool forceArrays = false, string file = "", string sizeField = "") =>
        $"<outputValue>json</outputValue><jsonBloc>{bloc}</jsonBloc><operation_type>{operation}</operation_type>" +
        $"<use_arrays_with_single_instance>{Yn(forceArrays)}</use_arrays_with_single_instance>" +
        $"<use_single_item_per_group>{Yn(singleItem)}</use_single_item_per_group><json_prittified>{Yn(pretty)}</json_prittified>" +
        $"<encoding>UTF-8</encoding><file><name>{file}</name><extention>json</extention><split_output_after>0</split_output_after>" +
        $"<doNotOpenNewFileInit>N</doNotOpenNewFileInit></file>" +
        $"<additional_fields><json_size_field>{sizeField}</json_size_field></additional_fields>" +
        $"<key_fields>{keys}</key_fields><fields>{fields}</fields>";

    private static string Key(string name, string element = "") =>
        $"<key_field><key_field_name>{name}</key_field_name><key_field_element>{element}</key_field_element></key_field>";

    private static string Yn(bool value) => value ? "Y" : "N";

    [Fact]
    public async Task EnhancedJsonOutput_KeyFields_GroupsRows()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "name:String", "price:Number", "ok:Boolean"],
                ["1", "a", "1.5", "Y"], ["1", null, "2", "N"], ["2", "c", null, null])
            .Transform("json", "EnhancedJsonOutput",
                Settings(Field("name", "n") + Field("price") + Field("ok"), Key("id"), bloc: "items", sizeField: "size"))
            .Hop("grid", "json")
            .Result("json");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "json", "size"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(2, rows.Count);
        var first = "{\"items\":[{\"n\":\"a\",\"price\":1.5,\"ok\":true},{\"n\":null,\"price\":2.0,\"ok\":false}]}";
        Assert.Equal(new object?[] { 1L, first, (long)first.Length }, rows[0].Values);
        var second = "{\"items\":{\"n\":\"c\",\"price\":null,\"ok\":null}}";
        Assert.Equal(new object?[] { 2L, second, (long)second.Length }, rows[1].Values);
    }

    [Fact]
    public async Task EnhancedJsonOutput_SingleItem_CollectsArrays()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "tag:String"], ["7", "x"], ["7", null], ["7", "y"])
            .Transform("json", "EnhancedJsonOutput",
                Settings(Field("id") + Field("tag", removeIfBlank: true), Key("id"), singleItem: true, pretty: true))
            .Hop("grid", "json")
            .Result("json");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("{\n  \"id\" : 7,\n  \"tag\" : [ \"x\", \"y\" ]\n}", row.Values[1]);
    }

    [Theory]
    [InlineData(false, "{\"result\":[{\"value\":1},{\"value\":2}]}", "{\"result\":{\"value\":5}}")]
    [InlineData(true, "{\"result\":{\"value\":[1,2]}}", "{\"result\":{\"value\":[5]}}")]
    public async Task EnhancedJsonOutput_GroupedBlock_MatchesHopText(bool singleItem, string first, string last)
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["group:String", "value:Integer"], ["A", "1"], ["A", "2"], ["C", "5"])
            .Transform("json", "EnhancedJsonOutput",
                Settings(Field("value", "value"), Key("group"), bloc: "result", singleItem: singleItem))
            .Hop("grid", "json")
            .Result("json");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "A", first }, rows[0].Values);
        Assert.Equal(new object?[] { "C", last }, rows[1].Values);
    }

    [Fact]
    public async Task EnhancedJsonOutput_FragmentWithoutEnclosing_MergesObject()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:String", "frag:String", "raw:String"], ["v", "{\"x\":1.50,\"y\":[true,null]}", "{\"z\":1e2}"])
            .Transform("json", "EnhancedJsonOutput",
                Settings(Field("a") + Field("frag", fragment: true, noEnclosure: true) + Field("raw", "r", fragment: true), forceArrays: true))
            .Hop("grid", "json")
            .Result("json");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("[{\"a\":\"v\",\"x\":1.5,\"y\":[true,null],\"r\":{\"z\":100.0}}]", row.Values[0]);
    }

    [Fact]
    public async Task EnhancedJsonOutput_WriteToFile_WritesJson()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "out", "data");
        harness.Grid("grid", ["id:Integer", "amount:BigNumber"], ["1", "100"], ["1", "0.50"])
            .Transform("json", "EnhancedJsonOutput", Settings(Field("amount"), operation: "writetofile", bloc: "rows", file: file))
            .Hop("grid", "json")
            .Result("json");

        var rows = await harness.RowsAsync();

        Assert.Equal("{\"rows\":[{\"amount\":100.0},{\"amount\":0.5}]}", File.ReadAllText(file + ".json"));
        Assert.Equal("{\"rows\":[{\"amount\":100.0},{\"amount\":0.5}]}", Assert.Single(rows).Values[0]);
    }

    [Fact]
    public async Task EnhancedJsonOutput_EmptyStream_CreatesEmptyFile()
    {
        var harness = new PipelineHarness();
        var file = Path.Combine(harness.Home, "out", "empty");
        harness.Transform("gen", "RowGenerator", "<fields><field><name>a</name><type>String</type></field></fields><limit>0</limit>")
            .Transform("json", "EnhancedJsonOutput", Settings(Field("a"), operation: "writetofile", file: file))
            .Hop("gen", "json")
            .Result("json");

        var rows = await harness.RowsAsync();

        Assert.Empty(rows);
        Assert.Equal(string.Empty, File.ReadAllText(file + ".json"));
    }

    [Fact]
    public async Task EnhancedJsonOutput_InvalidFragment_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["frag:String"], ["{x:1}"])
            .Transform("json", "EnhancedJsonOutput", Settings(Field("frag", fragment: true)))
            .Hop("grid", "json")
            .Result("json");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the value '{x:1}' of JSON fragment field 'frag' is not valid JSON", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task EnhancedJsonOutput_MissingField_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:String"], ["x"])
            .Transform("json", "EnhancedJsonOutput", Settings(Field("nope")))
            .Hop("grid", "json")
            .Result("json");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'nope' is not in the input rows", outcome.Log.Read(0).Text);
    }

    [Theory]
    [InlineData("100", "1E+2")]
    [InlineData("1.50", "1.5")]
    [InlineData("-0.000000120", "-1.2E-7")]
    [InlineData("0.00000", "0")]
    [InlineData("1234.5", "1234.5")]
    public void JavaBigDecimal_StripsZerosAsJackson(string input, string expected)
    {
        Assert.Equal(expected, JacksonWriter.JavaBigDecimal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
