using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Values;

public sealed class ValueFormatTests
{
    [Theory]
    [InlineData(1.0, null, "1.0")]
    [InlineData(0.1 + 0.2, null, "0.3")]
    [InlineData(0.125, "0.00", "0.12")]
    [InlineData(0.135, "0.00", "0.14")]
    [InlineData(2.5, "0", "2")]
    [InlineData(3.5, "0", "4")]
    [InlineData(1234567.891, "#,##0.00", "1,234,567.89")]
    [InlineData(0.256, "0%", "26%")]
    [InlineData(-0.001, "0.00", "-0.00")]
    [InlineData(0.5, "#.##", ".5")]
    [InlineData(12345.678, "0.###E0", "1.235E4")]
    [InlineData(-5.0, "#;(#)", "(5)")]
    public void Number_FormatsLikeJavaDecimalFormat(double value, string? mask, string expected)
    {
        var meta = new ValueMeta("n", HopValueType.Number) { ConversionMask = mask };

        Assert.Equal(expected, ValueConverter.ToText(meta, value));
    }

    [Fact]
    public void Integer_WithLengthAndEmptyMask_UsesZeroPaddedMaskWithLeadingSpace()
    {
        var meta = new ValueMeta("i", HopValueType.Integer) { Length = 5, ConversionMask = string.Empty };

        Assert.Equal(" 00042", ValueConverter.ToText(meta, 42L));
        Assert.Equal("-00042", ValueConverter.ToText(meta, -42L));
        Assert.Equal("42", ValueConverter.ToText(meta with { ConversionMask = null }, 42L));
    }

    [Fact]
    public void Number_WithLengthAndPrecision_UsesSizedMask()
    {
        var meta = new ValueMeta("n", HopValueType.Number) { Length = 5, Precision = 2, ConversionMask = string.Empty };

        Assert.Equal(" 003.14", ValueConverter.ToText(meta, 3.14159));
    }

    [Fact]
    public void BigNumber_WithoutMask_KeepsOneDecimal()
    {
        var meta = new ValueMeta("b", HopValueType.BigNumber);

        Assert.Equal("1.0", ValueConverter.ToText(meta, 1m));
        Assert.Equal("123.4567", ValueConverter.ToText(meta, 123.4567m));
    }

    [Fact]
    public void Number_WithCustomSymbols_UsesThemBothWays()
    {
        var meta = new ValueMeta("n", HopValueType.Number) { ConversionMask = "#,##0.00", DecimalSymbol = ",", GroupingSymbol = "." };

        Assert.Equal("1.234,50", ValueConverter.ToText(meta, 1234.5));
        Assert.Equal(1234.5, ValueConverter.FromString(meta, "1.234,50"));
    }

    [Fact]
    public void Integer_FromTextWithFraction_IsTruncatedAsHopDoes()
    {
        var meta = new ValueMeta("i", HopValueType.Integer);

        Assert.Equal(1L, ValueConverter.FromString(meta, "1.9"));
        Assert.Equal(-42L, ValueConverter.FromString(meta, "-42"));
    }

    [Fact]
    public void Number_FromTextWithTrailingGarbage_FailsUnlessLenient()
    {
        var meta = new ValueMeta("n", HopValueType.Number);

        var error = Assert.Throws<HopException>(() => ValueConverter.FromString(meta, "12abc"));
        Assert.Contains("12abc", error.Message);
        Assert.Equal(12.0, ValueConverter.FromString(meta with { LenientStringToNumber = true }, "12abc"));
    }

    [Fact]
    public void Percent_FromText_DividesByHundred()
    {
        var meta = new ValueMeta("n", HopValueType.Number) { ConversionMask = "0%" };

        Assert.Equal(0.25, ValueConverter.FromString(meta, "25%"));
        Assert.Throws<HopException>(() => ValueConverter.FromString(meta, "25"));
    }

    [Fact]
    public void BigNumber_FromText_KeepsAllDigits()
    {
        var meta = new ValueMeta("b", HopValueType.BigNumber);

        Assert.Equal(12345678901234.123456789m, ValueConverter.FromString(meta, "12345678901234.123456789"));
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("N", false)]
    [InlineData("0", false)]
    [InlineData("x", false)]
    public void Boolean_FromText_FollowsHop(string text, bool expected)
    {
        Assert.Equal(expected, ValueConverter.FromString(new ValueMeta("b", HopValueType.Boolean), text));
    }

    [Fact]
    public void Boolean_ToText_DependsOnLength()
    {
        Assert.Equal("Y", ValueConverter.ToText(new ValueMeta("b", HopValueType.Boolean), true));
        Assert.Equal("false", ValueConverter.ToText(new ValueMeta("b", HopValueType.Boolean) { Length = 5 }, false));
    }

    [Theory]
    [InlineData("half_even", 1.25, "1.2")]
    [InlineData("half_up", 1.25, "1.3")]
    [InlineData("up", 1.21, "1.3")]
    [InlineData("down", 1.29, "1.2")]
    [InlineData("ceiling", -1.29, "-1.2")]
    [InlineData("floor", -1.21, "-1.3")]
    public void Number_RoundingType_ChangesFormattedDigits(string roundingType, double value, string expected)
    {
        var meta = new ValueMeta("n", HopValueType.Number) { ConversionMask = "0.0", RoundingMode = JavaRoundingModes.Parse(roundingType) };

        Assert.Equal(expected, ValueConverter.ToText(meta, value));
    }

    [Fact]
    public void NumberComparison_FollowsJavaDoubleCompare()
    {
        var meta = new ValueMeta("n", HopValueType.Number);

        Assert.Equal(1, ValueCompare.Compare(meta, double.NaN, meta, double.PositiveInfinity));
        Assert.Equal(-1, ValueCompare.Compare(meta, -0.0, meta, 0.0));
        Assert.Equal(-1, ValueCompare.Compare(meta, null, meta, -5.0));
        Assert.Equal(0, ValueCompare.Compare(meta, 2.5, meta, 2.5));
    }

    [Fact]
    public void EmptyString_IsNullUnlessConfigured()
    {
        var meta = new ValueMeta("s", HopValueType.String);

        Assert.Null(ValueConverter.FromString(meta, string.Empty));
        Assert.True(ValueConverter.IsNull(meta, string.Empty));
    }
}
