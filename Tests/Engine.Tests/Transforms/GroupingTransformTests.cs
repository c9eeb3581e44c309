using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class GroupingTransformTests
{
    private static readonly string[] Fields = ["state:String", "amount:Integer", "name:String"];

    private static readonly string?[][] Rows =
    [
        ["CA", "10", "bob"],
        ["CA", "20", null],
        ["CA", "31", "amy"],
        ["NY", "5", "zed"],
    ];

    private const string Aggregates = """
        <fields>
          <field><aggregate>sum</aggregate><subject>amount</subject><type>SUM</type><valuefield/></field>
          <field><aggregate>avg</aggregate><subject>amount</subject><type>AVERAGE</type><valuefield/></field>
          <field><aggregate>cnt</aggregate><subject>name</subject><type>COUNT_ALL</type><valuefield/></field>
          <field><aggregate>any</aggregate><subject>name</subject><type>COUNT_ANY</type><valuefield/></field>
          <field><aggregate>names</aggregate><subject>name</subject><type>CONCAT_STRING</type><valuefield>|</valuefield></field>
          <field><aggregate>median</aggregate><subject>amount</subject><type>MEDIAN</type><valuefield/></field>
          <field><aggregate>min</aggregate><subject>name</subject><type>MIN</type><valuefield/></field>
          <field><aggregate>sd</aggregate><subject>amount</subject><type>STD_DEV_SAMPLE</type><valuefield/></field>
        </fields>
        """;

    [Fact]
    public async Task GroupBy_AggregatesPerKey_WritesOneRowPerGroup()
    {
        var (outcome, rows, names) = await TransformHarness.RunAsync(Fields, Rows, $"""
            <type>GroupBy</type><all_rows>N</all_rows><give_back_row>N</give_back_row>
            <group><field><name>state</name></field></group>{Aggregates}
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(["state", "sum", "avg", "cnt", "any", "names", "median", "min", "sd"], names);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "CA", 61L, 20L, 2L, 3L, "bob|amy", 20.0, "amy", 10.503967504392488 }, rows[0]);
        Assert.Equal(new object?[] { "NY", 5L, 5L, 1L, 1L, "zed", 5.0, "zed", double.NaN }, rows[1]);
    }

    [Fact]
    public async Task GroupBy_IncludeAllRows_AddsLineNumberAndCumulativeSum()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(Fields, Rows, """
            <type>GroupBy</type><all_rows>Y</all_rows><add_linenr>Y</add_linenr><linenr_fieldname>nr</linenr_fieldname>
            <group><field><name>state</name></field></group>
            <fields>
              <field><aggregate>cum</aggregate><subject>amount</subject><type>CUM_SUM</type><valuefield/></field>
              <field><aggregate>total</aggregate><subject>amount</subject><type>SUM</type><valuefield/></field>
            </fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            [[10L, 61L, 1L], [30L, 61L, 2L], [61L, 61L, 3L], [5L, 5L, 1L]],
            rows.Select(r => new object?[] { r[3], r[4], r[5] }).ToList());
    }

    [Fact]
    public async Task GroupBy_EmptyInputWithAlwaysGiveBackRow_WritesOneRow()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(Fields, [], $"""
            <type>GroupBy</type><all_rows>N</all_rows><give_back_row>Y</give_back_row>
            <group><field><name>state</name></field></group>{Aggregates}
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var row = Assert.Single(rows);
        Assert.Equal(new object?[] { null, null, null, 0L, 0L, string.Empty, double.NaN, null, null }, row);
    }

    [Fact]
    public async Task GroupBy_MissingSubject_FailsNamingField()
    {
        var (outcome, _, _) = await TransformHarness.RunAsync(Fields, Rows, """
            <type>GroupBy</type><group><field><name>state</name></field></group>
            <fields><field><aggregate>x</aggregate><subject>nope</subject><type>SUM</type></field></fields>
            """);

        Assert.False(outcome.Success);
        Assert.Contains("nope", outcome.ErrorDescription);
    }

    [Fact]
    public async Task MemoryGroupBy_UnsortedInput_GroupsInFirstSeenOrder()
    {
        string?[][] unsorted = [["NY", "5", "zed"], ["CA", "10", "bob"], ["NY", "7", "al"], ["CA", "1", "cy"]];

        var (outcome, rows, _) = await TransformHarness.RunAsync(Fields, unsorted, """
            <type>MemoryGroupBy</type><group><field><name>state</name></field></group>
            <fields>
              <field><aggregate>sum</aggregate><subject>amount</subject><type>SUM</type></field>
              <field><aggregate>last</aggregate><subject>name</subject><type>LAST</type></field>
            </fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["NY", 12L, "al"], ["CA", 11L, "cy"]], rows);
    }

    [Fact]
    public async Task GroupBy_IncludeAllRowsAboveMemoryLimit_KeepsOrderThroughTemporaryFile()
    {
        var rows = Enumerable.Range(1, 12_000).Select(i => new string?[] { i <= 11_000 ? "A" : "B", i.ToString(), "x" }).ToArray();

        var (outcome, output, _) = await TransformHarness.RunAsync(Fields, rows, """
            <type>GroupBy</type><all_rows>Y</all_rows><directory>${TEMP_DIR}</directory><prefix>grp</prefix>
            <add_linenr>Y</add_linenr><linenr_fieldname>nr</linenr_fieldname>
            <group><field><name>state</name></field></group>
            <fields><field><aggregate>cnt</aggregate><subject>amount</subject><type>COUNT_ALL</type></field></fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(12_000, output.Count);
        Assert.Equal(Enumerable.Range(1, 12_000).Select(i => (object?)(long)i), output.Select(r => r[1]));
        Assert.Equal(new object?[] { 11_000L, 11_000L }, output[10_999][3..]);
        Assert.Equal(new object?[] { 1_000L, 1L }, output[11_000][3..]);
    }
}
