using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SelectValuesTransformTests
{
    private const string ToTimestamp =
        "<fields><meta><name>ts</name><rename>ts</rename><type>Timestamp</type>" +
        "<conversion_mask>MM-dd-yyyy HH:mm:ss</conversion_mask><length>-2</length><precision>-2</precision></meta>" +
        "<select_unspecified>N</select_unspecified></fields>";

    [Fact]
    public async Task SelectValues_BadTimestamp_GoesToErrorHop()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["ts:String"], ["01-02-2000 00:01:01"], ["not a time"])
            .Transform("select", "SelectValues", ToTimestamp)
            .Transform("errors", "Dummy")
            .Hop("grid", "select")
            .ErrorHop("select", "errors",
                "<nr_valuename>n</nr_valuename><descriptions_valuename>why</descriptions_valuename>" +
                "<fields_valuename>field</fields_valuename><codes_valuename>code</codes_valuename>")
            .Result("select")
            .Result("errors");

        var rows = await harness.RowsAsync();

        var good = Assert.Single(rows, r => r.Meta.Count == 1);
        Assert.Equal(new DateTime(2000, 1, 2, 0, 1, 1), good.Values[0]);
        var error = Assert.Single(rows, r => r.Meta.Count == 5);
        Assert.Equal(["ts", "n", "why", "field", "code"], error.Meta.Fields.Select(f => f.Name));
        Assert.Equal("not a time", error.Values[0]);
        Assert.Equal(1L, error.Values[1]);
        Assert.Equal(
            "\n\nts Timestamp : couldn't convert string [not a time] to a timestamp, expecting format " +
            "[yyyy-mm-dd hh:mm:ss.ffffff]\nTimestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]\n\n",
            error.Values[2]);
        Assert.Equal("ts", error.Values[3]);
        Assert.Equal("SELECT001", error.Values[4]);
    }

    [Fact]
    public async Task SelectValues_BadTimestampWithoutErrorHop_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["ts:String"], ["not a time"])
            .Transform("select", "SelectValues", ToTimestamp)
            .Hop("grid", "select")
            .Result("select");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("couldn't convert string [not a time] to a timestamp", outcome.Log.Read(0).Text);
    }
}
