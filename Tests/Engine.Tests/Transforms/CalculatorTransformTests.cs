using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class CalculatorTransformTests
{
    private static string Calculation(string field, string type, string a, string? b = null, string? c = null, string valueType = "", string remove = "N") => $"""
        <calculation><field_name>{field}</field_name><calc_type>{type}</calc_type><field_a>{a}</field_a>
        <field_b>{b}</field_b><field_c>{c}</field_c><value_type>{valueType}</value_type><value_length>-1</value_length>
        <value_precision>-1</value_precision><remove>{remove}</remove></calculation>
        """;

    [Fact]
    public async Task Calculator_Arithmetic_UsesTypeOfFirstArgument()
    {
        var (outcome, rows, names) = await TransformHarness.RunAsync(
            ["i:Integer", "j:Integer", "n:Number", "b:BigNumber"],
            [["7", "2", "2.5", "1.5"]],
            "<type>Calculator</type>"
            + Calculation("div", "DIVIDE", "i", "j")
            + Calculation("ndiv", "DIVIDE", "n", "j")
            + Calculation("big", "MULTIPLY", "b", "b", valueType: "BigNumber")
            + Calculation("pct", "PERCENT_1", "j", "i", valueType: "Integer")
            + Calculation("rem", "REMAINDER", "i", "j", valueType: "Integer")
            + Calculation("tmp", "ADD", "i", "j", remove: "Y")
            + Calculation("sq", "SQUARE", "tmp", valueType: "Integer"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(["i", "j", "n", "b", "div", "ndiv", "big", "pct", "rem", "sq"], names);
        Assert.Equal(new object?[] { 7L, 2L, 2.5, 1.5m, 3.0, 1.25, 2.2m, 28L, 1L, 81L }, rows.Single());
    }

    [Fact]
    public async Task Calculator_Rounding_FollowsHopModes()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(
            ["n:Number", "p:Integer", "m:Integer"],
            [["2.345", "2", "1"], ["-2.5", "0", "6"]],
            "<type>Calculator</type>"
            + Calculation("r1", "ROUND_1", "n", valueType: "Number")
            + Calculation("r2", "ROUND_2", "n", "p", valueType: "Number")
            + Calculation("std", "ROUND_STD_2", "n", "p", valueType: "Number")
            + Calculation("custom", "ROUND_CUSTOM_2", "n", "p", "m", valueType: "Number"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { 2.0, 2.35, 2.35, 2.34 }, rows[0][3..]);
        Assert.Equal(new object?[] { -2.0, -2.0, -3.0, -2.0 }, rows[1][3..]);
    }

    [Fact]
    public async Task Calculator_Dates_MatchJavaCalendar()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(
            ["d:Date", "e:Date", "k:Integer"],
            [["2024/12/31 10:00:00.000", "2024/12/01 12:00:00.000", "2"]],
            "<type>Calculator</type>"
            + Calculation("diff", "DATE_DIFF", "d", "e")
            + Calculation("hours", "DATE_DIFF_HR", "d", "e")
            + Calculation("dow", "DAY_OF_WEEK", "d")
            + Calculation("week", "WEEK_OF_YEAR", "d")
            + Calculation("iso", "WEEK_OF_YEAR_ISO8601", "d")
            + Calculation("isoyear", "YEAR_OF_DATE_ISO8601", "d")
            + Calculation("quarter", "QUARTER_OF_DATE", "e")
            + Calculation("months", "ADD_MONTHS", "e", "k")
            + Calculation("work", "DATE_WORKING_DIFF", "d", "e"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            new object?[] { 29L, 718L, 3L, 1L, 1L, 2025L, 4L, new DateTime(2025, 2, 1, 12, 0, 0), 21L },
            rows.Single()[3..]);
    }

    [Fact]
    public async Task Calculator_Text_MatchesHopHelpers()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(
            ["s:String", "t:String"],
            [["Robert o'neil-SMITH", "Rupert"]],
            "<type>Calculator</type>"
            + Calculation("cap", "INIT_CAP", "s")
            + Calculation("sdx", "SOUNDEX", "s")
            + Calculation("lev", "LEVENSHTEIN_DISTANCE", "s", "t")
            + Calculation("jw", "JARO_WINKLER", "t", "t")
            + Calculation("url", "URL_ENCODE", "s")
            + Calculation("hex", "BYTE_TO_HEX_ENCODE", "t")
            + Calculation("len", "STRING_LEN", "s")
            + Calculation("b64", "BASE64_ENCODE", "t"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            new object?[] { "Robert O'neil-Smith", "R163", 15L, 1.0, "Robert+o%27neil-SMITH", "527570657274", 19L, "UnVwZXJ0" },
            rows.Single()[2..]);
    }

    [Fact]
    public async Task Calculator_UnknownCalculation_FailsNamingIt()
    {
        var (outcome, _, _) = await TransformHarness.RunAsync(["s:String"], [["x"]], "<type>Calculator</type>" + Calculation("y", "NO_SUCH", "s"));

        Assert.False(outcome.Success);
        Assert.Contains("NO_SUCH", outcome.ErrorDescription);
    }

    [Fact]
    public async Task CheckSum_ComputesJavaCompatibleValues()
    {
        string Sum(string name, string type, string result) =>
            $"<fields><field><name>s</name></field></fields><resultfieldName>{name}</resultfieldName><checksumtype>{type}</checksumtype><resultType>{result}</resultType>";

        var crc = await TransformHarness.RunAsync(["s:String"], [["abc"]], "<type>CheckSum</type>" + Sum("c", "CRC32", "string"));
        var adler = await TransformHarness.RunAsync(["s:String"], [["abc"]], "<type>CheckSum</type>" + Sum("c", "ADLER32", "string"));
        var md5 = await TransformHarness.RunAsync(["s:String"], [["abc"]], "<type>CheckSum</type>" + Sum("c", "MD5", "hexadecimal"));
        var sha = await TransformHarness.RunAsync(["s:String"], [["abc"]], "<type>CheckSum</type>" + Sum("c", "SHA-1", "string"));

        Assert.Equal(891568578L, crc.Rows.Single()[1]);
        Assert.Equal(38600999L, adler.Rows.Single()[1]);
        Assert.Equal("900150983cd24fb0d6963f7d28e17f72", md5.Rows.Single()[1]);
        Assert.Equal("169-153-62-54-71-6-129-106-186-62-37-113-120-80-194-108-156-208-216-157", sha.Rows.Single()[1]);
    }
}
