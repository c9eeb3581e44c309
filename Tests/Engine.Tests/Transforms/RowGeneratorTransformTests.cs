using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class RowGeneratorTransformTests
{
    private const string Fields =
        "<fields><field><name>n</name><type>Integer</type><nullif>7</nullif>" +
        "<length>-1</length><precision>-1</precision></field></fields>";

    [Fact]
    public async Task RowGenerator_LimitedRows_AddsNoTimeFields()
    {
        var harness = new PipelineHarness()
            .Transform("gen", "RowGenerator", Fields + "<limit>2</limit><never_ending>N</never_ending>" +
                "<row_time_field>now</row_time_field><last_time_field>FiveSecondsAgo</last_time_field>")
            .Result("gen");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["n"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 7L }, rows[0].Values[..rows[0].Meta.Count]);
    }

    [Fact]
    public async Task RowGenerator_BadLimit_FailsNamingTheLimit()
    {
        var harness = new PipelineHarness()
            .Transform("gen", "RowGenerator", Fields + "<limit>many</limit><never_ending>N</never_ending>")
            .Result("gen");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the row limit 'many' is not an integer", outcome.Log.Read(0).Text);
    }
}
