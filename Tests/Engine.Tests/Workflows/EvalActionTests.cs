using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class EvalActionTests
{
    [Fact]
    public async Task Eval_ScriptReadsWorkflowVariable_LastExpressionIsResult()
    {
        var home = ActionHome.Create();

        var yes = await home.RunAsync("eval.hwf", ("VALUE", "yes please"));
        var no = await home.RunAsync("eval.hwf", ("VALUE", "never"));

        Assert.True(yes.Success, yes.ErrorDescription);
        Assert.False(no.Success);
        Assert.Equal(0, no.Result.NrErrors);
    }

    [Fact]
    public async Task Eval_ScriptError_FailsWithOneErrorAndLogsCause()
    {
        var home = ActionHome.Create();
        home.Edit("eval.hwf", "value.contains(\"yes\")", "undefinedFunction()");

        var outcome = await home.RunAsync("eval.hwf", ("VALUE", "yes"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.Contains("undefinedFunction", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Eval_SetVariable_IsVisibleToLaterActions()
    {
        var home = ActionHome.Create();
        home.Edit("eval.hwf",
            "var value = parent_workflow.getVariable(\"VALUE\");\nvalue != null &amp;&amp; value.contains(\"yes\");",
            "parent_workflow.setVariable(\"OUT\", lines_read + \"/\" + errors + \"/\" + is_windows);\n"
            + "action.logBasic(\"out=\" + parent_workflow.getVariable(\"OUT\"));\ntrue;");

        var outcome = await home.RunAsync("eval.hwf");

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var isWindows = OperatingSystem.IsWindows().ToString().ToLowerInvariant();
        Assert.Contains($"out=0/0/{isWindows}", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Eval_SyntaxError_FailsWithOneError()
    {
        var home = ActionHome.Create();
        home.Edit("eval.hwf", "value.contains(\"yes\");", "value.contains(\"yes\";");

        var outcome = await home.RunAsync("eval.hwf", ("VALUE", "yes"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.Contains("could not be evaluated", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Eval_ResultFilesList_ExposesFileObjects()
    {
        var home = ActionHome.Create();
        home.Edit("eval.hwf",
            "var value = parent_workflow.getVariable(\"VALUE\");\nvalue != null &amp;&amp; value.contains(\"yes\");",
            "var files = previous_result.getResultFilesList();\n"
            + "action.logBasic(\"files=\" + files.size() + \" empty=\" + files.isEmpty());\n"
            + "files.isEmpty() || files.get(0).getFile().getName().getBaseName() == \"x\";");

        var outcome = await home.RunAsync("eval.hwf");

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Contains("files=0 empty=true", outcome.Log.Read().Text);
    }
}
