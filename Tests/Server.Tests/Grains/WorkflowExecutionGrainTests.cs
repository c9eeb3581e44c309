using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class WorkflowExecutionGrainTests(GrainClusterFixture fixture)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    [Fact]
    public async Task Start_DataloadService_FinishesWithStatusVariables()
    {
        var request = new StartRunRequest("dataload", null, new Dictionary<string, string> { ["MAX"] = "12" }, "{}", NoHeaders);

        var response = await fixture.Grains.GetGrain<IAsyncServiceGrain>("dataload").StartAsync(request);
        var run = await WaitForAsync(response.ContainerId!, s => s.State is RunState.Finished or RunState.FinishedWithErrors);

        Assert.Null(response.Error);
        Assert.Equal("dataload", response.WorkflowName);
        Assert.Equal(RunState.Finished, run.State);
        Assert.Equal("12", run.StatusVariables["ROWS_DONE"]);
        Assert.Equal("done", run.StatusVariables["STAGE"]);
        Assert.True(run.Result!.Result);
        Assert.Equal(2, run.PipelineStatuses.Count);
    }

    [Fact]
    public async Task Stop_SlowRun_EndsStopped()
    {
        var request = new StartRunRequest("slow", null, new Dictionary<string, string>(), null, NoHeaders);
        var response = await fixture.Grains.GetGrain<IAsyncServiceGrain>("slow").StartAsync(request);
        var grain = fixture.Grains.GetGrain<IWorkflowExecutionGrain>(response.ContainerId!);
        await WaitForAsync(response.ContainerId!, s => s.State == RunState.Running);

        var stopped = await grain.StopAsync();
        var run = await WaitForAsync(response.ContainerId!, s => s.State is RunState.Stopped or RunState.StoppedWithErrors);

        Assert.True(stopped);
        Assert.Equal(RunState.Stopped, run.State);
        Assert.NotNull(run.EndDate);
    }

    [Fact]
    public async Task UnknownId_HasNoStatusAndCannotBeStopped()
    {
        var grain = fixture.Grains.GetGrain<IWorkflowExecutionGrain>(Guid.NewGuid().ToString());

        Assert.Null(await grain.GetStatusAsync());
        Assert.Null(await grain.GetLogAsync(0));
        Assert.False(await grain.StopAsync());
        Assert.False(await grain.RemoveAsync());
    }

    [Theory]
    [InlineData("disabled", RunErrorKind.Disabled)]
    [InlineData("no-such-service", RunErrorKind.NotFound)]
    [InlineData("missing-file", RunErrorKind.InvalidWorkflow)]
    [InlineData("", RunErrorKind.InvalidRequest)]
    public async Task Start_InvalidService_ReturnsErrorWithoutRun(string service, RunErrorKind expected)
    {
        var request = new StartRunRequest(service, null, new Dictionary<string, string>(), null, NoHeaders);

        var response = await fixture.Grains.GetGrain<IAsyncServiceGrain>(service.Length == 0 ? "blank" : service).StartAsync(request);

        Assert.Equal(expected, response.Error?.Kind);
        Assert.Equal("service", response.Error?.Field);
        Assert.Null(response.ContainerId);
    }

    [Fact]
    public async Task Start_SameContainerIdTwice_IsConflict()
    {
        var id = Guid.NewGuid().ToString();
        var definition = new RunDefinition("slow", Path.Combine(fixture.ProjectHome, "slow.hwf"), new Dictionary<string, string>(), new Dictionary<string, string>(), ["STAGE"], null);
        var grain = fixture.Grains.GetGrain<IWorkflowExecutionGrain>(id);

        var first = await grain.StartAsync(definition);
        var second = await grain.StartAsync(definition);
        await grain.RemoveAsync();

        Assert.Null(first.Error);
        Assert.Equal(RunErrorKind.Conflict, second.Error?.Kind);
    }

    private async Task<RunSnapshot> WaitForAsync(string id, Func<RunSnapshot, bool> condition)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var grain = fixture.Grains.GetGrain<IWorkflowExecutionGrain>(id);
        while (true)
        {
            var status = await grain.GetStatusAsync();
            if (status is not null && condition(status))
            {
                return status;
            }

            await Task.Delay(100, cancellation.Token);
        }
    }
}
