using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class RepeatFieldsTransformTests
{
    private static string Repeat(string type, string source, string target, string indicator = "", string value = "") =>
        $"<field><type>{type}</type><source_field>{source}</source_field><target_field>{target}</target_field>" +
        $"<indicator_field_name>{indicator}</indicator_field_name><indicator_value>{value}</indicator_value></field>";

    private static PipelineHarness RepeatFields(string repeats) => new PipelineHarness()
        .Grid(
            "grid",
            ["id:Integer", "src:String", "v:Integer"],
            ["1", "A", "10"],
            ["1", "B", null],
            ["1", "B", "30"],
            ["2", "B", "40"],
            ["2", "A", null])
        .Transform("repeat", "RepeatFields", "<group_fields><group_field>id</group_field></group_fields>" +
            $"<repeats>{repeats}</repeats>")
        .Hop("grid", "repeat")
        .Result("repeat");

    [Fact]
    public async Task RepeatFields_ThreeTypes_FollowGroups()
    {
        var rows = await RepeatFields(Repeat("previous", "v", "first") + Repeat("previous_when_null", "v", "filled") +
            Repeat("current_when_indicated", "v", "fromA", "src", "A")).RowsAsync();

        Assert.Equal(["id", "src", "v", "first", "filled", "fromA"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "A", 10L, 10L, 10L, 10L }, rows[0].Values);
        Assert.Equal(new object?[] { 1L, "B", null, 10L, 10L, 10L }, rows[1].Values);
        Assert.Equal(new object?[] { 1L, "B", 30L, 10L, 30L, 10L }, rows[2].Values);
        Assert.Equal(new object?[] { 2L, "B", 40L, 40L, 40L, 40L }, rows[3].Values);
        Assert.Equal(new object?[] { 2L, "A", null, 40L, 40L, null }, rows[4].Values);
    }

    [Fact]
    public async Task RepeatFields_UnknownType_FailsNamingType()
    {
        var outcome = await RepeatFields(Repeat("sometimes", "v", "t")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the repeat type 'sometimes' of source field 'v' is not one of", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task RepeatFields_MissingIndicatorField_Fails()
    {
        var outcome = await RepeatFields(Repeat("current_when_indicated", "v", "t", "nope", "A")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the indicator field 'nope' is not in the input row", outcome.Log.Read(0).Text);
    }
}
