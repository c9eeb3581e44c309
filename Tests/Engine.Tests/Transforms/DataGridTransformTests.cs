using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class DataGridTransformTests
{
    [Fact]
    public async Task DataGrid_OnlySpaces_IsEmptyValue()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["s:String", "n:Integer"], [" ", "  "], ["a ", "7"])
            .Result("grid");

        var rows = await harness.RowsAsync();

        Assert.True(string.IsNullOrEmpty((string?)rows[0].Values[0]));
        Assert.Null(rows[0].Values[1]);
        Assert.Equal("a ", rows[1].Values[0]);
        Assert.Equal(7L, rows[1].Values[1]);
    }

    [Fact]
    public async Task DataGrid_BadInteger_FailsNamingTheValue()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["n:Integer"], ["seven"])
            .Result("grid");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("'seven'", outcome.Log.Read(0).Text);
    }
}
