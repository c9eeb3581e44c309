using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Workflows;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class WorkflowLoopTests
{
    [Fact]
    public async Task EndlessLoop_StopsOnRequestWithoutStackOverflow()
    {
        var home = Path.Combine(TestPaths.Assets, "core");
        var context = new RunContext(HopProject.Load(home), new ExecutionLog(HopLogLevel.Minimal));
        var workflow = new WorkflowExecution(WorkflowMeta.Load(Path.Combine(home, "endless-loop.hwf")), context, null);

        var run = workflow.RunAsync();
        while (workflow.ActionResults.Count < 20_000)
        {
            await Task.Delay(10);
        }

        workflow.Stop();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Stopped);
        Assert.Equal(ExecutionStatus.Stopped, workflow.Status);
    }
}
