using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class TransformMetaStructureTests
{
    [Fact]
    public async Task MetaStructure_WritesOneRowPerFieldWithRowCount()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "day:Date:yyyy-MM-dd"], ["1", "2024-01-01"], ["2", "2024-01-02"], ["3", null])
            .Transform("meta", "TransformMetaStructure",
                "<includeCommentsField>N</includeCommentsField><includeOriginField>N</includeOriginField>" +
                "<fieldFieldname>Field</fieldFieldname><outputRowcount>Y</outputRowcount><rowcountField>Rows</rowcountField>")
            .Hop("grid", "meta")
            .Result("meta");

        var rows = await harness.RowsAsync();

        Assert.Equal(["Position", "Field", "Type", "Length", "Precision", "Mask", "Rows"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[0].Type);
        Assert.Equal(new object?[] { 1L, "id", "Integer", -1L, 0L, null, 3L }, rows[0].Values);
        Assert.Equal(new object?[] { 2L, "day", "Date", -1L, -1L, "yyyy-MM-dd", 3L }, rows[1].Values);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task MetaStructure_OriginColumn_NamesCreatingTransform()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("add", "Constant",
                "<fields><field><name>c</name><type>String</type><nullif>x</nullif></field></fields>")
            .Transform("pass", "Dummy")
            .Transform("meta", "TransformMetaStructure",
                "<includePositionField>N</includePositionField><includeCommentsField>N</includeCommentsField>" +
                "<includeTypeField>N</includeTypeField><includeLengthField>N</includeLengthField>" +
                "<includePrecisionField>N</includePrecisionField><includeMaskField>N</includeMaskField>" +
                "<outputRowcount>N</outputRowcount>")
            .Hop("grid", "add")
            .Hop("add", "pass")
            .Hop("pass", "meta")
            .Result("meta");

        var rows = await harness.RowsAsync();

        Assert.Equal(["Fieldname", "Origin"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "id", "grid" }, rows[0].Values);
        Assert.Equal(new object?[] { "c", "add" }, rows[1].Values);
    }

    [Fact]
    public async Task MetaStructure_NoInputRows_WritesNothing()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"])
            .Transform("meta", "TransformMetaStructure")
            .Hop("grid", "meta")
            .Result("meta");

        var rows = await harness.RowsAsync();

        Assert.Empty(rows);
    }
}
