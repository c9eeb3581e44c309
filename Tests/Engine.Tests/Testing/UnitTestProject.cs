using System.Security;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Tests.Testing;

/// <summary>A fresh copy of the unit-test asset project and a way to run RunPipelineTests on it.</summary>
internal sealed class UnitTestProject
{
    public UnitTestProject()
    {
        Home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "unittests-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "unittests"), Home);
    }

    public string Home { get; }

    public string PathOf(string relative) => Path.Combine(Home, relative);

    /// <summary>Writes a workflow Start → RunPipelineTests (the given tests) and runs it.</summary>
    public async Task<LocalRunOutcome> RunTestsAsync(params string[] testNames)
    {
        var names = string.Concat(testNames.Select(n => $"<test_name><name>{SecurityElement.Escape(n)}</name></test_name>"));
        var workflow = $"""
            <workflow>
              <name>run-tests</name>
              <actions>
                <action><name>Start</name><type>SPECIAL</type><start>Y</start></action>
                <action><name>tests</name><type>RunPipelineTests</type><test_names>{names}</test_names></action>
              </actions>
              <hops>
                <hop><from>Start</from><to>tests</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>
              </hops>
            </workflow>
            """;
        var path = PathOf("run-tests.hwf");
        await File.WriteAllTextAsync(path, workflow);
        return await LocalRunner.RunFileAsync(path, Home, new Dictionary<string, string>());
    }

    /// <summary>The error lines of a run's log.</summary>
    public static string Errors(LocalRunOutcome outcome) =>
        string.Join("\n", outcome.Log.Read().Lines.Where(l => l.Level == Orleans.AsyncHop.Engine.Logging.HopLogLevel.Error).Select(l => l.Message));
}
