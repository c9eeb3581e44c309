using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SetValueFieldTransformTests
{
    private static string Field(string name, string replaceBy) =>
        $"<field><name>{name}</name><replaceby>{replaceBy}</replaceby></field>";

    private static PipelineHarness SetFields(string fields) => new PipelineHarness()
        .Grid("grid", ["a:String", "b:String", "c:String", "n:Integer"], ["1", "2", "3", "4"], ["x", null, "z", null])
        .Transform("set", "SetValueField", $"<fields>{fields}</fields>")
        .Hop("grid", "set")
        .Result("set");

    [Fact]
    public async Task SetValueField_TwoEntries_ApplyInOrder()
    {
        var rows = await SetFields(Field("a", "b") + Field("c", "a")).RowsAsync();

        Assert.Equal(["a", "b", "c", "n"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "2", "2", "2", 4L }, rows[0].Values);
        Assert.Equal(new object?[] { null, null, null, null }, rows[1].Values);
    }

    [Fact]
    public async Task SetValueField_DifferentTypes_Fails()
    {
        var outcome = await SetFields(Field("a", "n")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("field 'a' (String) and field 'n' (Integer) differ in type", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SetValueField_MissingSourceField_Fails()
    {
        var outcome = await SetFields(Field("a", "nope")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 'nope' is not in the input row", outcome.Log.Read(0).Text);
    }
}
