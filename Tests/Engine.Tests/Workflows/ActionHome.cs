using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

/// <summary>A fresh copy of the action test workflows and their data files, run as a project home.</summary>
internal sealed class ActionHome
{
    private ActionHome(string home) => Home = home;

    public string Home { get; }

    public static ActionHome Create()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "actions-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "actions"), home);
        return new ActionHome(home);
    }

    public string PathOf(string relative) => Path.Combine(Home, relative);

    /// <summary>Changes a setting of a test workflow, for the variants of one action.</summary>
    public void Edit(string workflow, string from, string to)
    {
        var path = PathOf(workflow);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public Task<LocalRunOutcome> RunAsync(string workflow, params (string Name, string Value)[] variables) =>
        LocalRunner.RunFileAsync(PathOf(workflow), Home, variables.ToDictionary(v => v.Name, v => v.Value));
}
