using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class ShellActionTests
{
    [Fact]
    public async Task Shell_InlineScript_SeesVariablesAndWorkDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var home = ActionHome.Create();

        var outcome = await home.RunAsync("shell.hwf", ("VALUE", "42"), ("EXIT_CODE", "0"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("value is 42\n", File.ReadAllText(home.PathOf("shell-out.txt")));
        Assert.Equal(0, outcome.Result.ExitStatus);
    }

    [Fact]
    public async Task Shell_NonZeroExit_FailsWithExitStatus()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var home = ActionHome.Create();

        var outcome = await home.RunAsync("shell.hwf", ("VALUE", "1"), ("EXIT_CODE", "3"));

        Assert.False(outcome.Success);
        Assert.Equal(3, outcome.Result.ExitStatus);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task Shell_ScriptFileWithArguments_PassesThemInOrder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var home = ActionHome.Create();
        File.WriteAllText(home.PathOf("args.sh"), "echo \"$1-$2\" > args-out.txt\n");
        home.Edit("shell.hwf", "<insertScript>Y</insertScript>",
            "<insertScript>N</insertScript>\n      <filename>${PROJECT_HOME}/args.sh</filename>\n"
            + "      <arguments><argument>first</argument><argument>${VALUE}</argument></arguments>");

        var outcome = await home.RunAsync("shell.hwf", ("VALUE", "second"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("first-second\n", File.ReadAllText(home.PathOf("args-out.txt")));
    }
}
