using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class SimpleEvalActionTests
{
    [Fact]
    public async Task SimpleEval_VariableEqualsValue_Succeeds()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", "abc"), ("EXPECTED", "abc"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(0, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task SimpleEval_VariableDiffers_IsFalseWithoutError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", "abc"), ("EXPECTED", "abd"));

        Assert.False(outcome.Success);
        Assert.Equal(0, outcome.Result.NrErrors);
    }

    [Theory]
    [InlineData("contains", "hello world", "o w", true)]
    [InlineData("notcontains", "hello world", "o w", false)]
    [InlineData("startswith", "hello", "he", true)]
    [InlineData("endswith", "hello", "he", false)]
    [InlineData("regexp", "abc123", "[a-c]+\\d+", true)]
    [InlineData("regexp", "abc123x", "[a-c]+\\d+", false)]
    [InlineData("inlist", "b", "a, b ,c", true)]
    [InlineData("notinlist", "b", "a,b,c", false)]
    public async Task SimpleEval_StringConditions_MatchHop(
        string condition, string value, string compare, bool expected)
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<successcondition>equal</successcondition>",
            $"<successcondition>{condition}</successcondition>");

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", value), ("EXPECTED", compare));

        Assert.Equal(expected, outcome.Success);
        Assert.Equal(0, outcome.Result.NrErrors);
    }

    [Theory]
    [InlineData("greater", "10", "9.5", true)]
    [InlineData("smaller", "10", "9.5", false)]
    [InlineData("equal", "3.0", "3", true)]
    [InlineData("inlist", "2", "1,2,3", true)]
    public async Task SimpleEval_NumberConditions_CompareNumerically(
        string condition, string value, string compare, bool expected)
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<fieldtype>string</fieldtype>", "<fieldtype>number</fieldtype>");
        home.Edit("simple-eval.hwf", "<successnumbercondition>equal</successnumbercondition>",
            $"<successnumbercondition>{condition}</successnumbercondition>");

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", value), ("EXPECTED", compare));

        Assert.Equal(expected, outcome.Success);
    }

    [Fact]
    public async Task SimpleEval_NumberBetween_IncludesBounds()
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<fieldtype>string</fieldtype>", "<fieldtype>number</fieldtype>");
        home.Edit("simple-eval.hwf", "<successnumbercondition>equal</successnumbercondition>",
            "<successnumbercondition>between</successnumbercondition>");

        var inside = await home.RunAsync("simple-eval.hwf", ("VALUE", "5"), ("MIN", "5"), ("MAX", "7"));
        var outside = await home.RunAsync("simple-eval.hwf", ("VALUE", "8"), ("MIN", "5"), ("MAX", "7"));

        Assert.True(inside.Success);
        Assert.False(outside.Success);
    }

    [Fact]
    public async Task SimpleEval_UnparsableNumber_FailsWithError()
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<fieldtype>string</fieldtype>", "<fieldtype>number</fieldtype>");

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", "ten"), ("EXPECTED", "10"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.Contains("ten", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task SimpleEval_DateGreater_ParsesWithMask()
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<fieldtype>string</fieldtype>", "<fieldtype>datetime</fieldtype>");
        home.Edit("simple-eval.hwf", "<mask/>", "<mask>yyyy-MM-dd</mask>");
        home.Edit("simple-eval.hwf", "<successnumbercondition>equal</successnumbercondition>",
            "<successnumbercondition>greater</successnumbercondition>");

        var later = await home.RunAsync("simple-eval.hwf", ("VALUE", "2024-03-02"), ("EXPECTED", "2024-03-01"));
        var earlier = await home.RunAsync("simple-eval.hwf", ("VALUE", "2024-02-28"), ("EXPECTED", "2024-03-01"));

        Assert.True(later.Success);
        Assert.False(earlier.Success);
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("no", false)]
    public async Task SimpleEval_BooleanTrueCondition_ReadsHopBooleans(string value, bool expected)
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<fieldtype>string</fieldtype>", "<fieldtype>boolean</fieldtype>");

        var outcome = await home.RunAsync("simple-eval.hwf", ("VALUE", value));

        Assert.Equal(expected, outcome.Success);
    }

    [Fact]
    public async Task SimpleEval_SuccessWhenVariableSet_ChecksOnlyPresence()
    {
        var home = ActionHome.Create();
        home.Edit("simple-eval.hwf", "<successwhenvarset>N</successwhenvarset>",
            "<successwhenvarset>Y</successwhenvarset>");
        home.Edit("simple-eval.hwf", "<variablename>VALUE</variablename>", "<variablename>${VALUE}</variablename>");

        var set = await home.RunAsync("simple-eval.hwf", ("VALUE", "anything"), ("EXPECTED", "other"));
        var unset = await home.RunAsync("simple-eval.hwf");

        Assert.True(set.Success);
        Assert.False(unset.Success);
        Assert.Equal(0, unset.Result.NrErrors);
    }
}
