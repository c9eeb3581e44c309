using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class CoalesceTransformTests
{
    private static string Field(string name, string type, bool remove, string inputs) =>
        $"<field><name>{name}</name><type>{type}</type><remove>{(remove ? "Y" : "N")}</remove><input>{inputs}</input></field>";

    [Fact]
    public async Task Coalesce_FirstNonNullInput_WidensIntegerAndNumberToNumber()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:Integer", "b:Number", "c:String"], [null, "2.5", "x"], ["1", null, null], [null, null, ""])
            .Transform("co", "Coalesce", "<empty_is_null>N</empty_is_null><fields>" +
                Field("n", "None", true, "a, b") + Field("s", "String", false, "c,a") + "</fields>")
            .Hop("grid", "co")
            .Result("co");

        var rows = await harness.RowsAsync();

        Assert.Equal(["c", "n", "s"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(Engine.Values.HopValueType.Number, rows[0].Meta.Fields[1].Type);
        Assert.Equal(new object?[] { "x", 2.5, "x" }, rows[0].Values);
        Assert.Equal(new object?[] { null, 1.0, "1" }, rows[1].Values);
        Assert.Equal(new object?[] { null, null, null }, rows[2].Values);
    }

    [Fact]
    public async Task Coalesce_EmptyStringsAsNull_SkipsEmptyValues()
    {
        var harness = new PipelineHarness()
            .Transform("grid", "DataGrid", "<fields><field><name>a</name><type>String</type><set_empty_string>Y</set_empty_string></field>" +
                "<field><name>b</name><type>String</type></field></fields><data><line><item/><item>y</item></line></data>")
            .Transform("co", "Coalesce", "<empty_is_null>Y</empty_is_null><fields>" + Field("out", "String", false, "a,b") + "</fields>")
            .Hop("grid", "co")
            .Result("co");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { "", "y", "y" }, Assert.Single(rows).Values);
    }

    [Fact]
    public async Task Coalesce_MissingInputField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:String"], ["x"])
            .Transform("co", "Coalesce", "<fields>" + Field("out", "String", false, "a,nope") + "</fields>")
            .Hop("grid", "co")
            .Result("co");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("input field 'nope' not found in the row", outcome.Log.Read(0).Text);
    }
}
