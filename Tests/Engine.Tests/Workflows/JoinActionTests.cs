using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class JoinActionTests
{
    [Fact]
    public async Task Join_AllIncomingSucceed_RunsOnceAndSucceeds()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("join.hwf", ("NAME", "data/a.txt"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Single(outcome.Log.Read().Lines, l => l.Message == "Starting action [join]");
    }

    [Fact]
    public async Task Join_IncomingFailsOnSuccessHop_FailsWithError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("join.hwf", ("NAME", "data/missing.txt"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.Contains("check", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Join_IncomingFailsOnFailureHop_Succeeds()
    {
        var home = ActionHome.Create();
        home.Edit("join.hwf", "<hop><from>check</from><to>join</to><enabled>Y</enabled><evaluation>Y</evaluation>",
            "<hop><from>check</from><to>join</to><enabled>Y</enabled><evaluation>N</evaluation>");

        var outcome = await home.RunAsync("join.hwf", ("NAME", "data/missing.txt"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }
}
