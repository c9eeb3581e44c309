using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Pipelines;

public sealed class PipelineShapeTests
{
    private static readonly string Home = Path.Combine(TestPaths.Assets, "core");

    [Fact]
    public async Task LoopedHops_FailNamingTheLoop()
    {
        var outcome = await LocalRunner.RunFileAsync(Path.Combine(Home, "looped.hpl"), Home, new Dictionary<string, string>())
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(outcome.Success);
        Assert.Contains("has a loop", outcome.ErrorDescription);
    }

    [Fact]
    public async Task GeneratorWithInputHop_FinishesInsteadOfWaiting()
    {
        var output = Path.Combine(Path.GetTempPath(), "asynchop-tests", "generator-" + Guid.NewGuid().ToString("N")[..8]);

        var outcome = await LocalRunner.RunFileAsync(
            Path.Combine(Home, "generator-with-input.hpl"), Home, new Dictionary<string, string> { ["OUTPUT"] = output })
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(3, File.ReadAllLines(output + ".csv").Length);
    }
}
