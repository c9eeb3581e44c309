using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class StandardizePhoneNumberTransformTests
{
    private static PipelineHarness Harness(string format, params string?[][] rows) =>
        new PipelineHarness()
            .Grid("grid", ["phone:String", "country:String"], rows)
            .Transform("std", "StandardizePhoneNumber",
                $"<fields><field><input>phone</input><output>clean</output><format>{format}</format><country>country</country>" +
                "<defaultCountry>BE</defaultCountry><numbertype>kind</numbertype><isvalidnumber>valid</isvalidnumber></field></fields>")
            .Hop("grid", "std")
            .Result("std");

    [Fact]
    public async Task Standardize_CountryAndDefault_FormatsNumbers()
    {
        var harness = Harness("INTERNATIONAL", ["0498/00 00 00", "BE"], ["0033.3.88.25.66.06", "FR"], [" 0494000000", null]);

        var rows = await harness.RowsAsync();

        Assert.Equal(["phone", "country", "clean", "kind", "valid"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "+32 498 00 00 00", "MOBILE", true }, rows[0].Values[2..]);
        Assert.Equal(new object?[] { "+33 3 88 25 66 06", "FIXED_LINE", true }, rows[1].Values[2..]);
        Assert.Equal("+32 494 00 00 00", rows[2].Values[2]);
    }

    [Fact]
    public async Task Standardize_E164AndUnknownCountry_FallsBackToDefault()
    {
        var harness = Harness("E164", ["0498 00 00 00", "XX"]);

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("+32498000000", row.Values[2]);
    }

    [Fact]
    public async Task Standardize_UnparsableAndEmpty_GiveErrorAndInvalid()
    {
        var harness = Harness("NATIONAL", ["error", "BE"], [null, "BE"]);

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { null, "ERROR", false }, rows[0].Values[2..]);
        Assert.Equal(new object?[] { null, null, false }, rows[1].Values[2..]);
    }

    [Fact]
    public async Task Standardize_MissingInputField_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["other:String"], ["1"])
            .Transform("std", "StandardizePhoneNumber", "<fields><field><input>phone</input><format>E164</format><defaultCountry>BE</defaultCountry></field></fields>")
            .Hop("grid", "std")
            .Result("std");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("phone", outcome.Log.Read(0).Text);
    }
}
