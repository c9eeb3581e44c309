using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class ErrorCountTests
{
    [Fact]
    public async Task WriteToLog_AfterFailureHop_KeepsErrorCount()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("errors-through-log.hwf");

        Assert.Contains("note - after the failure", outcome.Log.Read().Text);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.False(outcome.Success);
    }
}
