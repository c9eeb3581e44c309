using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SplitFieldToRowsTransformTests
{
    private static PipelineHarness Split(string settings, string splitType = "String") => new PipelineHarness()
        .Grid("grid", ["id:Integer", $"list:{splitType}"], ["1", "a, b,c"], ["2", null], ["3", "x;"])
        .Transform("split", "SplitFieldToRows3", "<splitfield>list</splitfield><newfield>item</newfield>" + settings)
        .Hop("grid", "split")
        .Result("split");

    [Fact]
    public async Task SplitFieldToRows_RegexDelimiter_NumbersPiecesPerRow()
    {
        var rows = await Split("<delimiter>[,;]\\s*</delimiter><delimiter_is_regex>Y</delimiter_is_regex>" +
            "<rownum>Y</rownum><rownum_field>nr</rownum_field><resetrownumber>Y</resetrownumber>").RowsAsync();

        Assert.Equal(["id", "list", "item", "nr"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[3].Type);
        Assert.Equal(6, rows.Count);
        Assert.Equal(new object?[] { 1L, "a, b,c", "a", 1L }, rows[0].Values);
        Assert.Equal(new object?[] { 1L, "a, b,c", "b", 2L }, rows[1].Values);
        Assert.Equal(new object?[] { 1L, "a, b,c", "c", 3L }, rows[2].Values);
        Assert.Equal(new object?[] { 2L, null, "", 1L }, rows[3].Values);
        Assert.Equal(new object?[] { 3L, "x;", "x", 1L }, rows[4].Values);
        Assert.Equal(new object?[] { 3L, "x;", "", 2L }, rows[5].Values);
    }

    [Fact]
    public async Task SplitFieldToRows_PlainDelimiter_CountsAcrossRows()
    {
        var rows = await Split("<delimiter>, </delimiter><rownum>Y</rownum><rownum_field>nr</rownum_field>")
            .RowsAsync();

        Assert.Equal(["a", "b,c", "", "x;"], rows.Select(r => r.Values[2]));
        Assert.Equal([1L, 2L, 3L, 4L], rows.Select(r => r.Values[3]));
    }

    [Fact]
    public async Task SplitFieldToRows_IntegerField_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["list:Integer"], ["1"])
            .Transform("split", "SplitFieldToRows3", "<splitfield>list</splitfield><newfield>item</newfield>" +
                "<delimiter>,</delimiter>")
            .Hop("grid", "split")
            .Result("split");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field to split 'list' is of type Integer", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SplitFieldToRows_InvalidRegex_Fails()
    {
        var outcome = await Split("<delimiter>[</delimiter><delimiter_is_regex>Y</delimiter_is_regex>").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the delimiter '[' is not a valid regular expression", outcome.Log.Read(0).Text);
    }
}
