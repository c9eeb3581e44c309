using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class DetectLastRowTransformTests
{
    [Fact]
    public async Task DetectLastRow_ThreeRows_FlagsOnlyLast()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "name:String"], ["1", "a"], ["2", "b"], ["3", null])
            .Transform("last", "DetectLastRow", "<resultfieldname>is_last</resultfieldname>")
            .Hop("grid", "last")
            .Result("last");

        var rows = await harness.RowsAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["id", "name", "is_last"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Boolean, rows[0].Meta.Fields[2].Type);
        Assert.Equal(new object?[] { 1L, "a", false }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "b", false }, rows[1].Values);
        Assert.Equal(new object?[] { 3L, null, true }, rows[2].Values);
    }

    [Fact]
    public async Task DetectLastRow_SingleRow_FlagsItLast()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["7"])
            .Transform("last", "DetectLastRow", "<resultfieldname>${FLAG}</resultfieldname>")
            .Hop("grid", "last")
            .Result("last");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["FLAG"] = "done" });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var row = Assert.Single(outcome.Result.Rows);
        Assert.Equal(["id", "done"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 7L, true }, row.Values);
    }

    [Fact]
    public async Task DetectLastRow_EmptyInput_WritesNothing()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("none", "FilterRows",
                "<compare><condition><leftvalue>id</leftvalue><function>&gt;</function><value><name>constant</name>" +
                "<type>Integer</type><text>5</text><isnull>N</isnull></value></condition></compare>")
            .Transform("last", "DetectLastRow", "<resultfieldname>result</resultfieldname>")
            .Hop("grid", "none").Hop("none", "last")
            .Result("last");

        Assert.Empty(await harness.RowsAsync());
    }

    [Fact]
    public async Task DetectLastRow_MissingResultField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("last", "DetectLastRow", "<resultfieldname/>")
            .Hop("grid", "last")
            .Result("last");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'last'", outcome.Log.Read(0).Text);
        Assert.Contains("result field name is missing", outcome.Log.Read(0).Text);
    }
}
