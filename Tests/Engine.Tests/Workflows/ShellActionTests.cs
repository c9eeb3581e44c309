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

    [Fact]
    public async Task Shell_LogToFile_WritesOutputAndAddsResultFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var home = ActionHome.Create();
        home.Edit("shell.hwf", "<exec_per_row>N</exec_per_row>",
            "<exec_per_row>N</exec_per_row>\n      <set_logfile>Y</set_logfile>\n"
            + "      <logfile>${PROJECT_HOME}/logs/shell</logfile>\n      <logext>log</logext>");
        home.Edit("shell.hwf", "echo \"value is $VALUE\" &gt; shell-out.txt", "echo \"value is $VALUE\"");

        var outcome = await home.RunAsync("shell.hwf", ("VALUE", "7"), ("EXIT_CODE", "0"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Contains("test - (stdout) value is 7", File.ReadAllText(home.PathOf("logs/shell.log")));
        Assert.Contains(home.PathOf("logs/shell.log"), outcome.Result.ResultFiles.Keys);
    }

    [Fact]
    public async Task Shell_LogToFileWithoutName_Fails()
    {
        var home = ActionHome.Create();
        home.Edit("shell.hwf", "<exec_per_row>N</exec_per_row>",
            "<exec_per_row>N</exec_per_row>\n      <set_logfile>Y</set_logfile>");

        var outcome = await home.RunAsync("shell.hwf", ("VALUE", "7"), ("EXIT_CODE", "0"));

        Assert.False(outcome.Success);
        Assert.False(File.Exists(home.PathOf("shell-out.txt")));
    }
}
