using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Values;

public sealed class DateFormatTests
{
    private static readonly DateTime Sample = new DateTime(2024, 3, 5, 14, 7, 9, 123).AddTicks(4567);

    [Theory]
    [InlineData(null, "2024/03/05 14:07:09.123")]
    [InlineData("dd-MMM-yyyy", "05-Mar-2024")]
    [InlineData("EEEE d MMMM yy", "Tuesday 5 March 24")]
    [InlineData("hh:mm a", "02:07 PM")]
    [InlineData("yyyyMMdd'T'HHmmss", "20240305T140709")]
    [InlineData("SSSSSSSSS", "000000123")]
    [InlineData("D w", "65 10")]
    public void Date_FormatsLikeSimpleDateFormat(string? mask, string expected)
    {
        Assert.Equal(expected, ValueConverter.ToText(new ValueMeta("d", HopValueType.Date) { ConversionMask = mask }, Sample));
    }

    [Fact]
    public void Timestamp_DefaultMask_PrintsNanoseconds()
    {
        Assert.Equal("2024/03/05 14:07:09.123456700", ValueConverter.ToText(new ValueMeta("t", HopValueType.Timestamp), Sample));
    }

    [Theory]
    [InlineData("MM/dd/yyyy", "1/5/2024", "2024-01-05T00:00:00")]
    [InlineData("dd-MM-yyyy", "25-03-1918 11:54", "1918-03-25T00:00:00")]
    [InlineData("yyyyMMdd", "20240229", "2024-02-29T00:00:00")]
    [InlineData("dd MMM yyyy HH:mm", "07 jan 2023 23:59", "2023-01-07T23:59:00")]
    [InlineData(null, "2024/03/05 14:07:09.5", "2024-03-05T14:07:09.005")]
    public void Date_ParsesLikeSimpleDateFormat(string? mask, string text, string expected)
    {
        var meta = new ValueMeta("d", HopValueType.Date) { ConversionMask = mask };

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ValueConverter.FromString(meta, text));
    }

    [Fact]
    public void Date_OutOfRangeField_FailsUnlessLenient()
    {
        var meta = new ValueMeta("d", HopValueType.Date) { ConversionMask = "yyyy-MM-dd" };

        var error = Assert.Throws<HopException>(() => ValueConverter.FromString(meta, "2023-02-30"));
        Assert.Contains("yyyy-MM-dd", error.Message);
        Assert.Equal(new DateTime(2023, 3, 2), ValueConverter.FromString(meta with { DateFormatLenient = true }, "2023-02-30"));
    }

    [Fact]
    public void Date_DefaultMask_RejectsDateWithoutTime()
    {
        Assert.Throws<HopException>(() => ValueConverter.FromString(new ValueMeta("d", HopValueType.Date), "2024/03/05"));
    }

    [Fact]
    public void Timestamp_ReadsJdbcFormatFirst()
    {
        var value = ValueConverter.FromString(new ValueMeta("t", HopValueType.Timestamp), "2024-03-05 14:07:09.123456789");

        Assert.Equal(new DateTime(2024, 3, 5, 14, 7, 9).AddTicks(1234567), value);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(-0.5, "-0.5")]
    public void Double_ToJavaString_MatchesDoubleToString(double value, string expected)
    {
        Assert.Equal(expected, JavaValueText.DoubleToString(value));
    }
}
