using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>Runs the transforms corpus unit-test pipelines of the row transforms and compares with Hop's golden rows.</summary>
public sealed class GoldenTransformTests
{
    [Theory]
    [InlineData("0003-field-splitter-delimiter UNIT")]
    [InlineData("0003-field-splitter-id UNIT")]
    [InlineData("0003-field-splitter-keep-field UNIT")]
    [InlineData("0004-concat-fields UNIT")]
    [InlineData("0004-concat-some-fields UNIT")]
    [InlineData("0076-concat-fields-with-enclosure UNIT")]
    [InlineData("0006-groupby-all-rows UNIT")]
    [InlineData("0006-groupby-basics UNIT")]
    [InlineData("0006-groupby-moving-average UNIT")]
    [InlineData("0006-groupby-no-group UNIT")]
    [InlineData("0008-append UNIT")]
    [InlineData("0011-calculator-base64 UNIT")]
    [InlineData("0011-calculator-basics UNIT")]
    [InlineData("0011-calculator-dates UNIT")]
    [InlineData("0015-add-checksum UNIT")]
    [InlineData("0023-number-range UNIT")]
    [InlineData("0024-if-null-all-fields UNIT")]
    [InlineData("0024-if-null-by-type UNIT")]
    [InlineData("0024-if-null-specific-fields UNIT")]
    [InlineData("0026-replace-in-string UNIT")]
    [InlineData("0026-replace-in-string-with-backslash UNIT")]
    [InlineData("0027-switch-case-basic UNIT")]
    [InlineData("0031-stringcut-basics UNIT")]
    [InlineData("0034-unique-rows UNIT")]
    [InlineData("0034-unique-rows-hashset UNIT")]
    [InlineData("0043-checksum UNIT")]
    [InlineData("0045-value-mapper UNIT")]
    [InlineData("0045-value-mapper-empty-string UNIT")]
    [InlineData("0074-selet-values-metadata-rounding-type UNIT")]
    [InlineData("0086-string-operations UNIT")]
    [InlineData("0090-sort-rows UNIT")]
    public async Task UnitTestPipeline_MatchesGoldenRows(string unitTest)
    {
        var problems = await GoldenDataCheck.RunAsync("transforms", unitTest);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
