using Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class CreditCardValidatorTransformTests
{
    private const string Settings = "<fieldname>card</fieldname><resultfieldname>ok</resultfieldname>" +
        "<cardtype>type</cardtype><notvalidmsg>why</notvalidmsg><onlydigits>Y</onlydigits>";

    [Fact]
    public async Task CreditCardValidator_KnownNumbers_AddTypeAndReason()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["card:String"], ["4111 1111 1111 1111"], ["378282246310004"], ["6011000990139420"], [null], ["79927398713"])
            .Transform("cc", "CreditCardValidator", Settings)
            .Hop("grid", "cc")
            .Result("cc");

        var rows = await harness.RowsAsync();

        Assert.Equal(["card", "ok", "type", "why"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Boolean, rows[0].Meta.Fields[1].Type);
        Assert.Equal(new object?[] { "4111 1111 1111 1111", true, "Visa", null }, rows[0].Values);
        Assert.Equal(new object?[] { "378282246310004", false, null, "Not a valid number for American Express." }, rows[1].Values);
        Assert.Equal(new object?[] { "6011000990139420", false, null, "Not a valid number for Discover" }, rows[2].Values);
        Assert.Equal(new object?[] { null, false, null, "Card number cannot be blank!" }, rows[3].Values);
        Assert.Equal(new object?[] { "79927398713", true, null, null }, rows[4].Values);
    }

    [Theory]
    [InlineData("30569309025904", true, "Diner's CLub/HopServer Blanche", null)]
    [InlineData("5610591081018249", false, null, "Not a valid bank card")]
    [InlineData("4111-1111", false, null, "This card is not valid!")]
    [InlineData("4111x1111", false, null, "Credit card number can only contain numbers")]
    [InlineData("1920000000000", false, null, "Not a valid AIRPLUS")]
    public void CreditCardCheck_Number_MatchesHopVerifier(string number, bool valid, string? type, string? reason)
    {
        Assert.Equal((valid, type, reason), CreditCardCheck.Check(number));
    }

    [Fact]
    public async Task CreditCardValidator_ShortNumberWithoutErrorHop_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["card:String"], ["42"])
            .Transform("cc", "CreditCardValidator", Settings)
            .Hop("grid", "cc")
            .Result("cc");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'cc' in pipeline 'test': field 'card' in row 1: the card number '42' has fewer than 4",
            outcome.Log.Read(0).Text);
    }
}
