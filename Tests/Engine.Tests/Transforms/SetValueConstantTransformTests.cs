using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SetValueConstantTransformTests
{
    private static string Field(string name, string value, string mask = "", bool empty = false) =>
        $"<field><name>{name}</name><value>{value}</value><mask>{mask}</mask>" +
        $"<set_empty_string>{(empty ? "Y" : "N")}</set_empty_string></field>";

    private static PipelineHarness SetConstants(string fields, bool useVariables = false) => new PipelineHarness()
        .Grid("grid", ["s:String", "n:Integer", "d:Date", "t:String"], ["a", "1", null, "keep"], [null, null, null, "x"])
        .Transform("set", "SetValueConstant", $"<fields>{fields}</fields><usevar>{(useVariables ? "Y" : "N")}</usevar>")
        .Hop("grid", "set")
        .Result("set");

    [Fact]
    public async Task SetValueConstant_TypedFields_ConvertConstant()
    {
        var rows = await SetConstants(Field("s", "${NAME}") + Field("n", "1,234", "#,###") +
            Field("d", "04/12/2026", "dd/MM/yyyy")).RowsAsync();

        Assert.Equal(["s", "n", "d", "t"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "${NAME}", 1234L, new DateTime(2026, 12, 4), "keep" }, rows[0].Values);
        Assert.Equal(new object?[] { "${NAME}", 1234L, new DateTime(2026, 12, 4), "x" }, rows[1].Values);
    }

    [Fact]
    public async Task SetValueConstant_UseVariables_ResolvesValue()
    {
        var harness = SetConstants(Field("s", "${Internal.Transform.Name}"), useVariables: true);

        var rows = await harness.RowsAsync();

        Assert.Equal("set", rows[0].Values[0]);
    }

    [Fact]
    public async Task SetValueConstant_EmptyString_IgnoresValue()
    {
        var rows = await SetConstants(Field("t", "ignored", empty: true)).RowsAsync();

        Assert.Equal("", rows[0].Values[3]);
    }

    [Fact]
    public async Task SetValueConstant_UnparsableInteger_FailsNamingValue()
    {
        var outcome = await SetConstants(Field("n", "abc")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the value 'abc' cannot become Integer for field 'n'", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SetValueConstant_DuplicateField_Fails()
    {
        var outcome = await SetConstants(Field("s", "1") + Field("S", "2")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the field 's' is listed more than once", outcome.Log.Read(0).Text);
    }
}
