using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class RegexEvalTransformTests
{
    private static object? Value(ResultRow row, string field) => row.Values[row.Meta.IndexOf(field)];

    private static string GroupField(string name, string type, string extra = "") =>
        $"<field><name>{name}</name><type>{type}</type><length>-1</length><precision>-1</precision>" +
        $"<trimtype>none</trimtype>{extra}</field>";

    private static PipelineHarness Evaluate(string settings, string[] fields, params string?[][] rows) =>
        new PipelineHarness()
            .Grid("grid", fields, rows)
            .Transform("regex", "RegexEval", settings)
            .Hop("grid", "regex")
            .Result("regex");

    [Fact]
    public async Task RegexEval_WholeValueMatch_WritesBooleanResult()
    {
        var settings = "<matcher>s</matcher><resultfieldname>ok</resultfieldname><caseinsensitive>Y</caseinsensitive>" +
            @"<script>\p{Alpha}+\d</script>";

        var rows = await Evaluate(settings, ["s:String"], ["Abc1"], ["abc12"], [null]).RowsAsync();

        Assert.Equal(["s", "ok"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Boolean, rows[0].Meta.Fields[1].Type);
        Assert.Equal([true, false, false], rows.Select(r => Value(r, "ok")));
    }

    [Fact]
    public async Task RegexEval_CaptureGroups_FillTypedFields()
    {
        var settings = "<matcher>s</matcher><resultfieldname>ok</resultfieldname><allowcapturegroups>Y</allowcapturegroups>" +
            @"<script>([a-z]+)-(\d+)(x)?</script><fields>" + GroupField("word", "String") +
            GroupField("number", "Integer") + GroupField("tail", "String", "<ifnull>none</ifnull>") + "</fields>";

        var rows = await Evaluate(settings, ["s:String"], ["ab-12"], ["ab-3x"], ["nope"]).RowsAsync();

        Assert.Equal(["s", "ok", "word", "number", "tail"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "ab-12", true, "ab", 12L, "none" }, rows[0].Values);
        Assert.Equal(new object?[] { "ab-3x", true, "ab", 3L, "x" }, rows[1].Values);
        Assert.Equal(new object?[] { "nope", false, null, null, "none" }, rows[2].Values);
    }

    [Fact]
    public async Task RegexEval_ReplaceFields_ReusesInputPositions()
    {
        var settings = "<matcher>s</matcher><resultfieldname>s</resultfieldname><replacefields>Y</replacefields>" +
            "<allowcapturegroups>Y</allowcapturegroups><script>(.)(.*)</script><fields>" +
            GroupField("first", "String") + GroupField("rest", "String") + "</fields>";

        var rows = await Evaluate(settings, ["s:String", "first:String"], ["hop", "old"]).RowsAsync();

        Assert.Equal(["s", "first", "rest"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { true, "h", "op" }, Assert.Single(rows).Values);
    }

    [Fact]
    public async Task RegexEval_GroupCountMismatch_Fails()
    {
        var settings = "<matcher>s</matcher><allowcapturegroups>Y</allowcapturegroups><script>(a)(b)</script><fields>" +
            GroupField("only", "String") + "</fields>";

        var outcome = await Evaluate(settings, ["s:String"], ["ab"]).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'regex' in pipeline 'test': the regular expression has 2 capture groups but 1 group fields",
            outcome.ErrorDescription + outcome.Log.Read(0).Text);
    }

    [Theory]
    [InlineData(@"\p{Upper}\p{Lower}+", "Hop", true)]
    [InlineData(@"[\p{Digit}x]+", "1x2", true)]
    [InlineData(@"\d+", "١٢", false)]
    [InlineData(@"a++b", "aab", true)]
    [InlineData(@"(?iu)abc", "ABC", true)]
    [InlineData(@"\Qa.b\E", "a.b", true)]
    [InlineData(@"\Qa.b\E", "axb", false)]
    public void JavaRegex_JavaOnlySyntax_MatchesAsJava(string pattern, string input, bool expected)
    {
        Assert.Equal(expected, JavaRegex.CompileWhole(pattern).IsMatch(input));
    }
}
