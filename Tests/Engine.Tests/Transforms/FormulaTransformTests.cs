using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FormulaTransformTests
{
    /// <summary>One formula element as Hop writes it; the value type is Hop's numeric type id.</summary>
    private static string Formula(string field, string expression, HopValueType type, string? replace = null, bool setNa = false) =>
        $"<formula><field_name>{field}</field_name><formula>{PipelineHarness.Escape(expression)}</formula>" +
        $"<value_type>{(int)type}</value_type><value_length>-1</value_length><value_precision>-1</value_precision>" +
        $"<replace_field>{replace}</replace_field><set_na>{(setNa ? "Y" : "N")}</set_na></formula>";

    private static PipelineHarness Harness(string[] fields, string?[][] rows, params string[] formulas) =>
        new PipelineHarness()
            .Grid("grid", fields, rows)
            .Transform("formula", "Formula", "<formulas>" + string.Concat(formulas) + "</formulas>")
            .Hop("grid", "formula")
            .Result("formula");

    [Fact]
    public async Task Formula_Arithmetic_ConvertsToRequestedTypes()
    {
        var harness = Harness(
            ["one:Integer", "ten:Integer", "half:Number"],
            [["1", "10", "2.5"]],
            Formula("sum", "[one]+([ten]-3)", HopValueType.Integer),
            Formula("power", "([half]*2)^2", HopValueType.Number),
            Formula("percent", "[ten]%", HopValueType.Number),
            Formula("big", "[ten]*3", HopValueType.BigNumber));

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["one", "ten", "half", "sum", "power", "percent", "big"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, row.Meta.Fields[3].Type);
        Assert.Equal(8L, row.Values[3]);
        Assert.Equal(25.0, row.Values[4]);
        Assert.Equal(0.1, row.Values[5]);
        Assert.Equal(30m, row.Values[6]);
    }

    [Fact]
    public async Task Formula_TextAndLogic_UsesSpreadsheetRules()
    {
        var harness = Harness(
            ["foo:String", "bar:String", "n:Integer"],
            [["foo", "bar", "3"]],
            Formula("joined", "[foo] & \"-\" & [bar]", HopValueType.String),
            Formula("same", "[foo]=[bar]", HopValueType.Boolean),
            Formula("choice", "IF(AND([n] >= 3, [foo] <> [bar]), \"yes\", \"no\")", HopValueType.String),
            Formula("odd", "ISODD([n])", HopValueType.Boolean));

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("foo-bar", row.Values[3]);
        Assert.Equal(false, row.Values[4]);
        Assert.Equal("yes", row.Values[5]);
        Assert.Equal(true, row.Values[6]);
    }

    [Fact]
    public async Task Formula_NotAvailable_GivesNull()
    {
        var harness = Harness(
            ["card:Integer", "privacy:String"],
            [["5", null], ["-1", "Y"]],
            Formula("positive", "IF([card] > 0, [card], NA())", HopValueType.Integer),
            Formula("privacy_or_n", "IF(ISNA([privacy]), \"N\", [privacy])", HopValueType.String, setNa: true),
            Formula("fallback", "IFERROR(1/0, -1)", HopValueType.Integer));

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { 5L, null, 5L, "N", -1L }, rows[0].Values);
        Assert.Equal(new object?[] { -1L, "Y", null, "Y", -1L }, rows[1].Values);
    }

    [Fact]
    public async Task Formula_LaterFormula_SeesEarlierResultAndReplacedField()
    {
        var harness = Harness(
            ["a:Integer", "b:Integer"],
            [["2", "5"]],
            Formula("total", "[a]+[b]", HopValueType.Integer),
            Formula("doubled", "[total]*2", HopValueType.Integer),
            Formula("new_b", "[b]*100", HopValueType.Integer, replace: "b"),
            Formula("check", "[new_b]+1", HopValueType.Integer));

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["a", "b", "total", "doubled", "check"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 2L, 500L, 7L, 14L, 501L }, row.Values);
    }

    [Fact]
    public async Task Formula_Dates_UseSerialNumbers()
    {
        var harness = Harness(
            ["day:Date:yyyy-MM-dd"],
            [["2021-12-17"], ["1899-12-31"]],
            Formula("next", "[day]+1", HopValueType.Date),
            Formula("year", "YEAR([day])", HopValueType.Integer),
            Formula("fixed", "DATE(2000,2,29)", HopValueType.Date));

        var rows = await harness.RowsAsync();

        Assert.Equal(new DateTime(2021, 12, 18), rows[0].Values[1]);
        Assert.Equal(2021L, rows[0].Values[2]);
        Assert.Equal(new DateTime(2000, 2, 29), rows[0].Values[3]);
        Assert.Equal(new DateTime(1900, 1, 1), rows[1].Values[1]);
    }

    [Fact]
    public async Task Formula_DateBefore1900_GoesToErrorHop()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["day:Date:yyyy-MM-dd"], ["1800-01-01"], ["1950-06-01"])
            .Transform("formula", "Formula", "<formulas>" + Formula("copy", "[day]", HopValueType.Date) + "</formulas>")
            .Hop("grid", "formula")
            .Result("formula")
            .Transform("errors", "RowsToResult")
            .ErrorHop("formula", "errors",
                "<nr_valuename>errorCount</nr_valuename><descriptions_valuename>errorText</descriptions_valuename>" +
                "<fields_valuename>errorField</fields_valuename><codes_valuename>errorCode</codes_valuename><max_errors/>");

        var rows = await harness.RowsAsync();

        var error = Assert.Single(rows, r => r.Meta.IndexOf("errorCount") >= 0);
        var good = Assert.Single(rows, r => r.Meta.IndexOf("errorCount") < 0);
        Assert.Equal(new DateTime(1950, 6, 1), good.Values[1]);
        Assert.Equal(["day", "errorCount", "errorText", "errorField", "errorCode"], error.Meta.Fields.Select(f => f.Name));
        Assert.Contains("before 1899-12-31", (string)error.Values[2]!);
        Assert.Equal("copy", error.Values[3]);
        Assert.Equal("Formula001", error.Values[4]);
    }

    [Fact]
    public async Task Formula_ErrorValue_FailsWithFieldAndError()
    {
        var harness = Harness(["n:Integer", "d:Integer"], [["1", "0"]], Formula("ratio", "[n]/[d]", HopValueType.Number));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("The formula for field [ratio] evaluated to #DIV/0!", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Formula_UnknownField_FailsNamingIt()
    {
        var harness = Harness(["n:Integer"], [["1"]], Formula("x", "[n]+[missing]", HopValueType.Integer));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("refers to field [missing], which is not in the row", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Formula_InvalidSyntax_FailsWithExpression()
    {
        var harness = Harness(["n:Integer"], [["1"]], Formula("x", "[n]+*2", HopValueType.Integer));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Formula '[n]+*2' could not be evaluated", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Formula_Dollar_FormatsLikePoi()
    {
        var harness = Harness(
            ["n:Number", "text:String"],
            [["2.5", "DOLLAR(1)"], ["-1234.567", "x"]],
            Formula("two", "DOLLAR([n],2)", HopValueType.String),
            Formula("none", "dollar( [n] , 0)", HopValueType.String),
            Formula("tens", "DOLLAR([n],-1)", HopValueType.String),
            Formula("literal", "\"DOLLAR(\" & [text]", HopValueType.String));

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { "$2.50", "$2", "$0", "DOLLAR(DOLLAR(1)" }, rows[0].Values[2..]);
        Assert.Equal(new object?[] { "($1,234.57)", "($1,235)", "($1,230)", "DOLLAR(x" }, rows[1].Values[2..]);
    }

    [Fact]
    public async Task Formula_EmptyExpression_FailsNamingField()
    {
        var harness = Harness(["n:Integer"], [["1"]], Formula("x", "  ", HopValueType.Integer));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the formula of field 'x' is empty", outcome.Log.Read(0).Text);
        Assert.DoesNotContain("Object reference", outcome.Log.Read(0).Text);
    }
}
