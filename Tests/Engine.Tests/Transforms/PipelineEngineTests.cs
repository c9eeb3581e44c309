using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>Engine features the transforms rely on: copies with round-robin distribution and error hops.</summary>
public sealed class PipelineEngineTests
{
    private static string[][] Numbers(int count) => Enumerable.Range(1, count).Select(i => new[] { i.ToString() }).ToArray();

    [Fact]
    public async Task Copies_RoundRobin_ProcessEveryRowOnce()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["n:Integer"], Numbers(1000))
            .Transform("work", "SystemInfo", "<fields><field><name>copy</name><type>copy of transform</type></field></fields>", copies: 3)
            .Hop("grid", "work")
            .Result("work");

        var rows = await harness.RowsAsync();

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), rows.Select(r => (long)r.Values[0]!).Order());
        var perCopy = rows.GroupBy(r => (long)r.Values[1]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([0L, 1L, 2L], perCopy.Keys.Order());
        Assert.All(perCopy.Values, count => Assert.InRange(count, 333, 334));
    }

    [Fact]
    public async Task Copies_SameCountOnBothSides_ConnectCopyToCopy()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["n:Integer"], Numbers(90))
            .Transform("first", "SystemInfo", "<fields><field><name>c1</name><type>copy of transform</type></field></fields>", copies: 3)
            .Transform("second", "SystemInfo", "<fields><field><name>c2</name><type>copy of transform</type></field></fields>", copies: 3)
            .Hop("grid", "first")
            .Hop("first", "second")
            .Result("second");

        var rows = await harness.RowsAsync();

        Assert.Equal(90, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Values[1], r.Values[2]));
    }

    [Theory]
    [InlineData("4", true)]
    [InlineData("none", false)]
    public async Task Copies_FromVariable_AreResolved(string copies, bool succeeds)
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["n:Integer"], Numbers(10))
            .Transform("work", "Dummy")
            .Hop("grid", "work")
            .Result("work");
        await harness.RunAsync();
        var path = Path.Combine(harness.Home, "test.hpl");
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "<name>work</name><type>Dummy</type><distribute>Y</distribute><copies>1</copies>",
            "<name>work</name><type>Dummy</type><distribute>Y</distribute><copies>${COPIES}</copies>"));

        var outcome = await Execution.LocalRunner.RunFileAsync(path, harness.Home, new Dictionary<string, string> { ["COPIES"] = copies });

        Assert.Equal(succeeds, outcome.Success);
        if (succeeds)
        {
            Assert.Equal(10, outcome.Result.Rows.Count);
        }
        else
        {
            Assert.Contains("copies", outcome.ErrorDescription);
        }
    }

    [Fact]
    public async Task ErrorHop_FailingRowsCarryErrorFields()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "json:String"], ["1", "{\"v\":1}"], ["2", "{broken"], ["3", "{\"v\":3}"], ["4", "{\"v\":\"x\"}"])
            .Transform("parse", "JsonInput",
                "<IsInFields>Y</IsInFields><valueField>json</valueField><removeSourceField>Y</removeSourceField><ignoreMissingPath>Y</ignoreMissingPath>" +
                "<fields><field><name>v</name><path>$.v</path><type>Integer</type></field></fields>")
            .Hop("grid", "parse")
            .Result("parse")
            .Transform("errors", "RowsToResult")
            .ErrorHop("parse", "errors",
                "<nr_valuename>errorCount</nr_valuename><descriptions_valuename>errorText</descriptions_valuename>" +
                "<fields_valuename>errorField</fields_valuename><codes_valuename>errorCode</codes_valuename><max_errors/>");

        var rows = await harness.RowsAsync();

        var good = rows.Where(r => r.Meta.IndexOf("errorCount") < 0).ToList();
        var errors = rows.Where(r => r.Meta.IndexOf("errorCount") >= 0).OrderBy(r => (long)r.Values[0]!).ToList();
        Assert.Equal(2, errors.Count);
        var error = errors[0];
        Assert.Equal(4L, errors[1].Values[0]);
        Assert.Contains("\"x\"", (string)errors[1].Values[3]!);
        Assert.Equal([1L, 3L], good.Select(r => (long)r.Values[0]!).Order());
        Assert.Equal(["id", "json", "errorCount", "errorText", "errorField", "errorCode"], error.Meta.Fields.Select(f => f.Name));
        Assert.Equal(2L, error.Values[0]);
        Assert.Equal("{broken", error.Values[1]);
        Assert.Equal(1L, error.Values[2]);
        Assert.Contains("invalid", (string)error.Values[3]!);
        Assert.Equal("json", error.Values[4]);
        Assert.Equal("JsonInput001", error.Values[5]);
    }

    [Fact]
    public async Task ErrorHop_MoreErrorsThanAllowed_FailsPipeline()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["json:String"], ["{broken"], ["[also broken"], ["{\"v\":1}"])
            .Transform("parse", "JsonInput",
                "<IsInFields>Y</IsInFields><valueField>json</valueField><ignoreMissingPath>Y</ignoreMissingPath>" +
                "<fields><field><name>v</name><path>$.v</path><type>Integer</type></field></fields>")
            .Hop("grid", "parse")
            .Result("parse")
            .Transform("errors", "Dummy")
            .ErrorHop("parse", "errors", "<nr_valuename>n</nr_valuename><max_errors>1</max_errors>");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("more than 1 error rows", outcome.ErrorDescription);
    }

    [Fact]
    public async Task ErrorHop_WithCopies_CollectsErrorsFromEveryCopy()
    {
        var lines = Enumerable.Range(1, 40).Select(i => new[] { i % 4 == 0 ? "{bad" : $"{{\"v\":{i}}}" }).ToArray();
        var harness = new PipelineHarness()
            .Grid("grid", ["json:String"], lines)
            .Transform("parse", "JsonInput",
                "<IsInFields>Y</IsInFields><valueField>json</valueField><removeSourceField>Y</removeSourceField><ignoreMissingPath>Y</ignoreMissingPath>" +
                "<fields><field><name>v</name><path>$.v</path><type>Integer</type></field></fields>", copies: 2)
            .Hop("grid", "parse")
            .Result("parse")
            .Transform("errors", "RowsToResult")
            .ErrorHop("parse", "errors", "<nr_valuename>n</nr_valuename><max_errors/>");

        var rows = await harness.RowsAsync();

        Assert.Equal(30, rows.Count(r => r.Meta.Count == 1));
        Assert.Equal(10, rows.Count(r => r.Meta.IndexOf("n") >= 0));
    }
}
