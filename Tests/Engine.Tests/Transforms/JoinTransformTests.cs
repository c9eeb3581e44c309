using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class JoinTransformTests
{
    private static string MergeJoin(string type) =>
        $"<join_type>{type}</join_type><transform1>A</transform1><transform2>B</transform2>" +
        "<keys_1><key>id1</key></keys_1><keys_2><key>id2</key></keys_2>";

    private static PipelineHarness SortedInputs() => new PipelineHarness()
        .Grid("A", ["id1:Integer", "v1:String"], ["1", "a"], ["2", "b"], ["2", "b2"], ["4", "d"])
        .Grid("B", ["id2:Integer", "v2:String"], ["2", "B"], ["3", "C"], ["4", "D"], ["4", "D2"]);

    [Theory]
    [InlineData("INNER", "2b2B|2b22B|4d4D|4d4D2")]
    [InlineData("LEFT OUTER", "1a--|2b2B|2b22B|4d4D|4d4D2")]
    [InlineData("RIGHT OUTER", "2b2B|2b22B|--3C|4d4D|4d4D2")]
    [InlineData("FULL OUTER", "1a--|2b2B|2b22B|--3C|4d4D|4d4D2")]
    public async Task MergeJoin_JoinType_WritesExpectedCombinations(string joinType, string expected)
    {
        var harness = SortedInputs()
            .Transform("join", "MergeJoin", MergeJoin(joinType))
            .Hop("A", "join")
            .Hop("B", "join")
            .Result("join");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id1", "v1", "id2", "v2"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(expected, string.Join("|", rows.Select(r => string.Concat(r.Values.Select(v => v?.ToString() ?? "-")))));
    }

    [Fact]
    public async Task StreamLookup_KeyFoundOrDefault_AddsValues()
    {
        var harness = new PipelineHarness()
            .Grid("countries", ["code:String", "name:String", "pop:Integer"], ["BE", "Belgium", "11"], ["NL", "Netherlands", "17"], ["BE", "Belgique", "12"])
            .Grid("people", ["person:String", "countryCode:String"], ["ann", "BE"], ["bob", "FR"], ["cid", "NL"])
            .Transform("lookup", "StreamLookup",
                "<from>countries</from><lookup><key><name>countryCode</name><field>code</field></key>" +
                "<value><name>name</name><rename>countryName</rename><default>${UNKNOWN}</default><type>String</type></value>" +
                "<value><name>pop</name><rename/><default>-1</default><type>Integer</type></value></lookup>")
            .Hop("countries", "lookup")
            .Hop("people", "lookup")
            .Result("lookup");

        var outcome = await harness.RunAsync(new Dictionary<string, string> { ["UNKNOWN"] = "n/a" });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var rows = outcome.Result.Rows;
        Assert.Equal(["person", "countryCode", "countryName", "pop"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "ann", "BE", "Belgique", 12L }, rows[0].Values);
        Assert.Equal(new object?[] { "bob", "FR", "n/a", -1L }, rows[1].Values);
        Assert.Equal(new object?[] { "cid", "NL", "Netherlands", 17L }, rows[2].Values);
    }

    [Fact]
    public async Task StreamLookup_SourceFeedsBothStreams_DoesNotBlock()
    {
        var harness = new PipelineHarness()
            .Transform("gen", "RowGenerator",
                "<limit>30000</limit><fields><field><name>k</name><type>String</type><value>x</value><length>-1</length><precision>-1</precision></field></fields>")
            .Transform("copy", "Dummy", distribute: false)
            .Transform("first", "BlockingTransform", "<pass_all_rows>N</pass_all_rows>")
            .Transform("lookup", "StreamLookup",
                "<from>first</from><lookup><key><name>k</name><field>k</field></key><value><name>k</name><rename>found</rename><type>String</type></value></lookup>")
            .Transform("last", "BlockingTransform", "<pass_all_rows>N</pass_all_rows>")
            .Hop("gen", "copy").Hop("copy", "first").Hop("copy", "lookup").Hop("first", "lookup").Hop("lookup", "last")
            .Result("last");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var rows = await harness.RowsAsync().WaitAsync(timeout.Token);

        Assert.Equal(new object?[] { "x", "x" }, Assert.Single(rows).Values);
    }

    [Fact]
    public async Task JoinRows_Condition_KeepsMatchingCombinationsWithRenamedFields()
    {
        var harness = new PipelineHarness()
            .Grid("A", ["id:Integer", "value:String"], ["1", "a"], ["2", "b"], ["3", "c"])
            .Grid("B", ["id:Integer", "value:String"], ["2", "B"], ["3", "C"])
            .Transform("join", "JoinRows",
                "<main>A</main><compare><condition><negated>N</negated><leftvalue>id</leftvalue><function>=</function>" +
                "<rightvalue>id_1</rightvalue></condition></compare>")
            .Hop("A", "join").Hop("B", "join")
            .Result("join");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "value", "id_1", "value_1"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 2L, "b", 2L, "B" }, rows[0].Values);
        Assert.Equal(new object?[] { 3L, "c", 3L, "C" }, rows[1].Values);
    }

    [Fact]
    public async Task JoinRows_NoCondition_WritesCartesianProduct()
    {
        var harness = new PipelineHarness()
            .Grid("A", ["a:Integer"], ["1"], ["2"])
            .Grid("B", ["b:String"], ["x"], ["y"], ["z"])
            .Transform("join", "JoinRows", "<main/><compare><condition><negated>N</negated></condition></compare>")
            .Hop("A", "join").Hop("B", "join")
            .Result("join");

        var rows = await harness.RowsAsync();

        Assert.Equal("1x 1y 1z 2x 2y 2z", string.Join(" ", rows.Select(r => $"{r.Values[0]}{r.Values[1]}")));
    }

    [Theory]
    [InlineData("INNER", "BE1BE2|BE1BE3")]
    [InlineData("FULL OUTER", "BE1BE2|BE1BE3|FR4--|--NL5")]
    public async Task MultiwayMergeJoin_JoinType_MatchesKeysAcrossInputs(string joinType, string expected)
    {
        var harness = new PipelineHarness()
            .Grid("A", ["c:String", "x:Integer"], ["BE", "1"], ["FR", "4"])
            .Grid("B", ["c2:String", "y:Integer"], ["BE", "2"], ["BE", "3"], ["NL", "5"])
            .Transform("join", "MultiwayMergeJoin",
                $"<join_type>{joinType}</join_type><transform0>A</transform0><transform1>B</transform1><number_input>2</number_input>" +
                "<keys><key>c</key><key>c2</key></keys>")
            .Hop("A", "join").Hop("B", "join")
            .Result("join");

        var rows = await harness.RowsAsync();

        Assert.Equal(expected, string.Join("|", rows.Select(r => string.Concat(r.Values.Select(v => v?.ToString() ?? "-")))));
    }
}
