using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class AnalyticQueryTransformTests
{
    private static string Field(string name, string subject, string type, string offset) =>
        $"<field><aggregate>{name}</aggregate><subject>{subject}</subject><type>{type}</type><valuefield>{offset}</valuefield></field>";

    private static PipelineHarness Build(string group, string fields) => new PipelineHarness()
        .Grid("grid", ["g:String", "y:Integer"], ["a", "1"], ["a", "2"], ["a", "3"], ["b", "4"], ["b", "5"])
        .Transform("aq", "AnalyticQuery", $"<group>{group}</group><fields>{fields}</fields>")
        .Hop("grid", "aq")
        .Result("aq");

    [Fact]
    public async Task AnalyticQuery_LeadLagPerGroup_StaysInsideGroup()
    {
        var harness = Build("<field><name>g</name></field>",
            Field("next", "y", "LEAD", "1") + Field("next2", "y", "LEAD", "2") + Field("prev", "y", "LAG", "1"));

        var rows = await harness.RowsAsync();

        Assert.Equal(["g", "y", "next", "next2", "prev"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(Engine.Values.HopValueType.Integer, rows[0].Meta.Fields[2].Type);
        Assert.Equal(new object?[] { "a", 1L, 2L, 3L, null }, rows[0].Values);
        Assert.Equal(new object?[] { "a", 2L, 3L, null, 1L }, rows[1].Values);
        Assert.Equal(new object?[] { "a", 3L, null, null, 2L }, rows[2].Values);
        Assert.Equal(new object?[] { "b", 4L, 5L, null, null }, rows[3].Values);
        Assert.Equal(new object?[] { "b", 5L, null, null, 4L }, rows[4].Values);
    }

    [Fact]
    public async Task AnalyticQuery_NoGroup_SpansAllRows()
    {
        var harness = Build(string.Empty, Field("next", "y", "LEAD", "1") + Field("prev3", "y", "LAG", "3"));

        var rows = await harness.RowsAsync();

        Assert.Equal(5, rows.Count);
        Assert.Equal(new object?[] { 2L, 3L, 4L, 5L, null }, rows.Select(r => r.Values[2]));
        Assert.Equal(new object?[] { null, null, null, 1L, 2L }, rows.Select(r => r.Values[3]));
    }

    [Fact]
    public async Task AnalyticQuery_MissingSubjectField_Fails()
    {
        var harness = Build(string.Empty, Field("next", "nope", "LEAD", "1"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the subject field 'nope' of 'next' was not found in the input row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task AnalyticQuery_UnknownType_Fails()
    {
        var harness = Build(string.Empty, Field("next", "y", "FIRST", "1"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the type 'FIRST' of analytic field 'next' is invalid", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task AnalyticQuery_MaxIntOffset_GivesNulls()
    {
        var harness = Build("<field><name>g</name></field>",
            Field("far", "y", "LEAD", "2147483647") + Field("back", "y", "LAG", "2147483647") + Field("next", "y", "LEAD", "1"));

        var rows = await harness.RowsAsync();

        Assert.Equal(5, rows.Count);
        Assert.Equal(new object?[] { "a", 1L, null, null, 2L }, rows[0].Values);
        Assert.Equal(new object?[] { "a", 3L, null, null, null }, rows[2].Values);
        Assert.Equal(new object?[] { "b", 4L, null, null, 5L }, rows[3].Values);
    }
}
