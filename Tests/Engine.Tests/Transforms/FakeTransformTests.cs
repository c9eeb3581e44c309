using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FakeTransformTests
{
    private const string Fields =
        "<locale>en-US</locale><fields>" +
        "<field><name>first</name><type>Name</type><topic>firstName</topic></field>" +
        "<field><name>age</name><type>number</type><topic>numberBetween</topic><arguments>" +
        "<argument><type>int</type><value>18</value></argument><argument><type>int</type><value>20</value></argument></arguments></field>" +
        "<field><name>hash</name><type>Crypto</type><topic>md5</topic><arguments/></field>" +
        "<field><name>skipped</name><type/><topic>firstName</topic></field>" +
        "</fields>";

    [Fact]
    public async Task Fake_NamedGenerators_AppendTypedValues()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], Enumerable.Range(1, 50).Select(i => new string?[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray())
            .Transform("fake", "Fake", Fields)
            .Hop("grid", "fake")
            .Result("fake");

        var rows = await harness.RowsAsync();

        Assert.Equal(50, rows.Count);
        Assert.Equal(["id", "first", "age", "hash"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal([HopValueType.Integer, HopValueType.String, HopValueType.Integer, HopValueType.String], rows[0].Meta.Fields.Select(f => f.Type));
        Assert.All(rows, row => Assert.False(string.IsNullOrEmpty((string?)row.Values[1])));
        Assert.All(rows, row => Assert.InRange((long)row.Values[2]!, 18L, 19L));
        Assert.All(rows, row => Assert.Matches("^[0-9a-f]{32}$", (string)row.Values[3]!));
    }

    [Fact]
    public async Task Fake_UnknownGenerator_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("fake", "Fake", "<fields><field><name>x</name><type>name</type><topic>nope</topic></field></fields>")
            .Hop("grid", "fake")
            .Result("fake");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("'name.nope' with 0 argument(s) of field 'x' is not supported", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Fake_NegativeCount_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["a:String"], ["x"])
            .Transform("fake", "Fake", "<locale>en</locale><fields><field><name>f</name><type>Lorem</type><topic>characters</topic>" +
                "<arguments><argument><type>int</type><value>-5</value></argument></arguments></field></fields>")
            .Hop("grid", "fake")
            .Result("fake");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the arguments (-5) of field 'f' are invalid", outcome.Log.Read(0).Text);
    }
}
