using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class RepeatActionTests
{
    [Fact]
    public async Task Repeat_KeepValues_RunsUntilVariableIsSet()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("repeat.hwf", ("FAIL_AT", "never"));

        var text = outcome.Log.Read().Text;
        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Contains("run 3", text);
        Assert.DoesNotContain("run 4", text);
    }

    [Fact]
    public async Task Repeat_FailingRun_EndsLoopAndFails()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("repeat.hwf", ("FAIL_AT", "2"));

        var text = outcome.Log.Read().Text;
        Assert.False(outcome.Success);
        Assert.Contains("run 2", text);
        Assert.DoesNotContain("run 3", text);
    }

    [Fact]
    public async Task Repeat_ChildRunsEndRepeat_StopsAfterFirstRun()
    {
        var home = ActionHome.Create();
        home.Edit("repeat.hwf", "repeat-child.hwf", "repeat-end-child.hwf");

        var outcome = await home.RunAsync("repeat.hwf", ("FAIL_AT", "never"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var childStarts = outcome.Log.Read().Lines
            .Where(l => l.Message == "Start of workflow execution" && l.Subject == "repeat-end-child");
        Assert.Single(childStarts);
    }

    [Fact]
    public async Task Repeat_VariableAlreadySet_DoesNotRun()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("repeat.hwf", ("FAIL_AT", "1"), ("DONE", "YES"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.DoesNotContain("run 1", outcome.Log.Read().Text);
    }
}
