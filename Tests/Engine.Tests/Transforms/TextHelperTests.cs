using Orleans.AsyncHop.Engine.Pipelines.Transforms;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class TextHelperTests
{
    [Theory]
    [InlineData("a,b,c", ",", "", "", "a|b|c")]
    [InlineData("a,b,,", ",", "", "", "a|b")]
    [InlineData("a,\"b,c\",d", ",", "\"", "", "a|\"b,c\"|d")]
    [InlineData("a\\,b,c", ",", "", "\\", "a,b|c")]
    [InlineData("", ",", "", "", "")]
    public void DelimitedSplitter_SplitsLikeHop(string text, string delimiter, string enclosure, string escape, string expected)
    {
        Assert.Equal(expected, string.Join("|", DelimitedSplitter.Split(text, delimiter, enclosure, false, escape)!));
    }

    [Fact]
    public void DelimitedSplitter_RemovesEnclosureWhenAsked()
    {
        Assert.Equal(["a", "b,c"], DelimitedSplitter.Split("a,\"b,c\"", ",", "\"", true, null)!);
    }

    [Theory]
    [InlineData("ab", "xy", 5, "yxyab", "abxyx")]
    [InlineData("abcdef", "*", 3, "abcdef", "abcdef")]
    public void Padding_RepeatsFillerToExactSize(string text, string filler, int size, string left, string right)
    {
        Assert.Equal(left, HopText.LeftPad(text, filler, size));
        Assert.Equal(right, HopText.RightPad(text, filler, size));
    }

    [Fact]
    public void StringOperations_ApplyInHopOrder()
    {
        var operation = new StringOperationsTransform.Operation(
            "in", string.Empty, "both", "lower", "yes", "escapexml", "none", "none", "left", 12, ".");

        Assert.Equal(".tom &amp; Jerry", StringOperationsTransform.Apply(operation, "  TOM & JERRY "));
        Assert.Null(StringOperationsTransform.Apply(operation, null));
    }

    [Theory]
    [InlineData(null, null, " ", "")]
    [InlineData("N/A", null, "n/a  ", "")]
    [InlineData(null, "none", "", "none")]
    [InlineData(null, null, " x ", " x ")]
    public void FromStringWithRules_AppliesNullIfAndIfNull(string? nullIf, string? ifNull, string text, string expected)
    {
        var meta = new ValueMeta("s", HopValueType.String);

        Assert.Equal(expected, ValueConverter.FromStringWithRules(meta, text, nullIf, ifNull, TrimType.None));
    }

    [Fact]
    public void FromStringWithRules_ConvertsAfterTrimming()
    {
        var meta = new ValueMeta("i", HopValueType.Integer);

        Assert.Equal(42L, ValueConverter.FromStringWithRules(meta, " 42 ", null, null, TrimType.Both));
        Assert.Null(ValueConverter.FromStringWithRules(meta, "   ", null, null, TrimType.None));
    }
}
