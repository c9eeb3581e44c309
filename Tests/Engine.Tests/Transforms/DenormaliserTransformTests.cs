using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class DenormaliserTransformTests
{
    private static string Target(string value, string key, string name, string type, string aggregation = "-") =>
        $"<field><field_name>{value}</field_name><key_value>{key}</key_value><target_name>{name}</target_name>" +
        $"<target_type>{type}</target_type><target_length>-1</target_length><target_precision>-1</target_precision>" +
        $"<target_aggregation_type>{aggregation}</target_aggregation_type></field>";

    private static PipelineHarness Pivot(string targets, string keyField = "k") => new PipelineHarness()
        .Grid(
            "grid",
            ["id:Integer", "note:String", "k:String", "v:Integer"],
            ["1", "a", "x", "10"],
            ["1", "b", "y", "20"],
            ["1", "c", "x", "5"],
            ["2", "d", "y", null],
            ["2", "e", "z", "7"])
        .Transform("pivot", "Denormaliser", $"<key_field>{keyField}</key_field><group><field><name>id</name></field>" +
            $"</group><fields>{targets}</fields>")
        .Hop("grid", "pivot")
        .Result("pivot");

    [Fact]
    public async Task Denormaliser_NoAggregation_KeepsLastValuePerKey()
    {
        var rows = await Pivot(Target("v", "x", "vx", "Integer") + Target("v", "y", "vy", "String")).RowsAsync();

        Assert.Equal(["id", "note", "vx", "vy"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[2].Type);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, "c", 5L, "20" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "e", null, null }, rows[1].Values);
    }

    [Fact]
    public async Task Denormaliser_Aggregations_CombineGroupValues()
    {
        var targets = Target("v", "x", "sum", "Integer", "SUM") + Target("v", "x", "avg", "Number", "AVERAGE") +
            Target("v", "x", "min", "Integer", "MIN") + Target("v", "x", "max", "Integer", "MAX") +
            Target("v", "y", "count", "Integer", "COUNT_ALL") + Target("v", "x", "list", "String", "CONCAT_COMMA");

        var rows = await Pivot(targets).RowsAsync();

        Assert.Equal(new object?[] { 1L, "c", 15L, 7.5, 5L, 10L, 1L, "10,5" }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "e", null, null, null, null, 1L, null }, rows[1].Values);
    }

    [Fact]
    public async Task Denormaliser_InjectedEnumName_ReadsAggregation()
    {
        var rows = await Pivot(Target("v", "x", "sum", "Integer", "TYPE_AGGR_SUM")).RowsAsync();

        Assert.Equal(15L, rows[0].Values[2]);
    }

    [Fact]
    public async Task Denormaliser_DateTargetFormat_ParsesText()
    {
        var target = "<field><field_name>v</field_name><key_value>x</key_value><target_name>day</target_name>" +
            "<target_type>Date</target_type><target_format>yyyyMMdd</target_format></field>";
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "k:String", "v:String"], ["1", "x", "20260102"])
            .Transform("pivot", "Denormaliser", "<key_field>k</key_field><group><field><name>id</name></field></group>" +
                $"<fields>{target}</fields>")
            .Hop("grid", "pivot")
            .Result("pivot");

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { 1L, new DateTime(2026, 1, 2) }, Assert.Single(rows).Values);
    }

    [Fact]
    public async Task Denormaliser_MissingKeyField_FailsNamingField()
    {
        var outcome = await Pivot(Target("v", "x", "vx", "Integer"), keyField: "nope").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the key field 'nope' is not in the input row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Denormaliser_UnconvertibleValue_FailsNamingValue()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "k:String", "v:String"], ["1", "x", "abc"])
            .Transform("pivot", "Denormaliser", "<key_field>k</key_field><group><field><name>id</name></field></group>" +
                $"<fields>{Target("v", "x", "vx", "Integer")}</fields>")
            .Hop("grid", "pivot")
            .Result("pivot");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the value [abc] of field 'v' cannot fill target field 'vx'", outcome.Log.Read(0).Text);
    }
}
