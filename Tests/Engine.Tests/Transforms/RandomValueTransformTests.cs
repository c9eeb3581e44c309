using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class RandomValueTransformTests
{
    private static string Fields(params (string Name, string Type)[] fields) =>
        "<fields>" + string.Concat(fields.Select(f => $"<field><name>{f.Name}</name><type>{f.Type}</type></field>")) + "</fields>";

    [Fact]
    public async Task RandomValue_Seeded_MatchesJavaRandomSequence()
    {
        var harness = new PipelineHarness()
            .Transform("gen", "RowGenerator", "<limit>2</limit><fields/>")
            .Transform("rnd", "RandomValue", Fields(("num", "random number"), ("int", "random integer"), ("str", "random string")) +
                "<seed>12345</seed>")
            .Hop("gen", "rnd")
            .Result("rnd");

        var rows = await harness.RowsAsync();

        Assert.Equal(HopValueType.Number, rows[0].Meta.Fields[0].Type);
        Assert.Equal(10, rows[0].Meta.Fields[0].Length);
        Assert.Equal(5, rows[0].Meta.Fields[0].Precision);
        Assert.Equal(0.3618031072, (double)rows[0].Values[0]!, 10);
        Assert.Equal(-287790814L, rows[0].Values[1]);
        Assert.Equal("1advoh0lbl1ji", rows[0].Values[2]);
        Assert.Equal(0.0376729716, (double)rows[1].Values[0]!, 10);
        Assert.Equal(535445604L, rows[1].Values[1]);
        Assert.Equal("3oiq9jc4gnhnq", rows[1].Values[2]);
    }

    [Fact]
    public async Task RandomValue_NoInput_WritesOneRowOfKeysAndUuids()
    {
        var harness = new PipelineHarness()
            .Transform("rnd", "RandomValue", Fields(("u", "random uuid"), ("u4", "random uuid4"), ("md5", "random machmacmd5"),
                ("sha1", "random machmacsha1"), ("sha512", "random machmacsha512")))
            .Result("rnd");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string)row.Values[0]!);
        Assert.NotEqual(row.Values[0], row.Values[1]);
        Assert.Matches("^[0-9a-f]{32}$", (string)row.Values[2]!);
        Assert.Matches("^[0-9a-f]{40}$", (string)row.Values[3]!);
        Assert.Matches("^[0-9a-f]{128}$", (string)row.Values[4]!);
    }

    [Fact]
    public async Task RandomValue_UnknownType_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Transform("rnd", "RandomValue", Fields(("x", "random pony")))
            .Result("rnd");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the random type 'random pony' of field 'x' is invalid", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task RandomValue_AddedFields_CarryTransformOrigin()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("rnd", "RandomValue", Fields(("num", "random number")))
            .Transform("meta", "TransformMetaStructure", "<includeOriginField>Y</includeOriginField><outputRowcount>N</outputRowcount>")
            .Hop("grid", "rnd")
            .Hop("rnd", "meta")
            .Result("meta");

        var rows = await harness.RowsAsync();

        var origin = rows[0].Meta.IndexOf("Origin");
        Assert.Equal("grid", rows[0].Values[origin]);
        Assert.Equal("rnd", rows[1].Values[origin]);
    }
}
