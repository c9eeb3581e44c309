using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FlattenerTransformTests
{
    private static PipelineHarness Flatten(string field, params string[] targets) => new PipelineHarness()
        .Grid("grid", ["id:Integer", "v:Integer", "tag:String"], ["1", "10", "a"], ["2", "20", "b"], ["3", null, "c"],
            ["4", "40", "d"], ["5", "50", "e"])
        .Transform("flat", "Flattener", $"<field_name>{field}</field_name><fields>" +
            string.Concat(targets.Select(t => $"<field><name>{t}</name></field>")) + "</fields>")
        .Hop("grid", "flat")
        .Result("flat");

    [Fact]
    public async Task Flattener_TwoTargets_PairsConsecutiveRows()
    {
        var rows = await Flatten("v", "first", "second").RowsAsync();

        Assert.Equal(["id", "tag", "first", "second"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[3].Type);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new object?[] { 2L, "b", 10L, 20L }, rows[0].Values);
        Assert.Equal(new object?[] { 4L, "d", null, 40L }, rows[1].Values);
        Assert.Equal(new object?[] { 5L, "e", 50L, null }, rows[2].Values);
    }

    [Fact]
    public async Task Flattener_MissingField_FailsNamingField()
    {
        var outcome = await Flatten("nope", "first").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field to flatten 'nope' is not in the input row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Flattener_NoTargets_Fails()
    {
        var outcome = await Flatten("v").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("no target fields are listed", outcome.Log.Read(0).Text);
    }
}
