using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class NormaliserTransformTests
{
    private static string Field(string name, string value, string norm) =>
        $"<field><name>{name}</name><value>{value}</value><norm>{norm}</norm></field>";

    private static PipelineHarness Normalise(string fields) => new PipelineHarness()
        .Grid(
            "grid",
            ["id:Integer", "enName:String", "frName:String", "enSize:Integer", "frSize:Integer"],
            ["1", "cat", "chat", "3", "4"],
            ["2", "dog", null, "3", null])
        .Transform("norm", "Normaliser", $"<typefield>lang</typefield><fields>{fields}</fields>")
        .Hop("grid", "norm")
        .Result("norm");

    [Fact]
    public async Task Normaliser_TwoTypes_WritesRowPerType()
    {
        var rows = await Normalise(Field("enName", "EN", "name") + Field("frName", "FR", "name") +
            Field("enSize", "EN", "size") + Field("frSize", "FR", "size")).RowsAsync();

        Assert.Equal(["id", "lang", "name", "size"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[3].Type);
        Assert.Equal(2, rows[0].Meta.Fields[1].Length);
        Assert.Equal(4, rows.Count);
        Assert.Equal(new object?[] { 1L, "EN", "cat", 3L }, rows[0].Values);
        Assert.Equal(new object?[] { 1L, "FR", "chat", 4L }, rows[1].Values);
        Assert.Equal(new object?[] { 2L, "EN", "dog", 3L }, rows[2].Values);
        Assert.Equal(new object?[] { 2L, "FR", null, null }, rows[3].Values);
    }

    [Fact]
    public async Task Normaliser_UnlistedFields_StayInFront()
    {
        var rows = await Normalise(Field("enName", "EN", "name") + Field("frName", "FR", "name")).RowsAsync();

        Assert.Equal(["id", "enSize", "frSize", "lang", "name"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, 3L, 4L, "EN", "cat" }, rows[0].Values);
    }

    [Fact]
    public async Task Normaliser_MissingField_FailsNamingField()
    {
        var outcome = await Normalise(Field("deName", "DE", "name")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'deName' to normalise is not in the input row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Normaliser_TooManyFieldsPerType_Fails()
    {
        var outcome = await Normalise(Field("enName", "EN", "name") + Field("frName", "EN", "name")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("type value 'EN' lists more fields than there are new field names", outcome.Log.Read(0).Text);
    }
}
