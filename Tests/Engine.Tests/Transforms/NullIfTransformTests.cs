using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class NullIfTransformTests
{
    [Fact]
    public async Task NullIf_MatchingValues_BecomeNullWithTypedComparison()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["s:String", "n:Integer", "d:Date:yyyy-MM-dd"], ["a", "7", "2024-01-02"], ["b", "8", "2024-01-03"])
            .Transform("nullif", "NullIf", "<fields><field><name>s</name><value>a</value></field>" +
                "<field><name>n</name><value>08</value></field><field><name>d</name><value>2024-01-02</value></field></fields>")
            .Hop("grid", "nullif")
            .Result("nullif");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { null, 7L, null }, rows[0].Values);
        Assert.Equal(new object?[] { "b", null, new DateTime(2024, 1, 3) }, rows[1].Values);
    }

    [Fact]
    public async Task NullIf_UnknownField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["s:String"], ["a"])
            .Transform("nullif", "NullIf", "<fields><field><name>missing</name><value>a</value></field></fields>")
            .Hop("grid", "nullif")
            .Result("nullif");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("field 'missing' not found in the row", outcome.Log.Read(0).Text);
    }
}
