using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.AsyncHop.Grains;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>The run counters move as runs start and end; each test uses a service no other test runs.</summary>
[Collection(TracingClusterCollection.Name)]
public sealed class RunMetricsTests(TracingClusterFixture fixture)
{
    [Fact]
    public async Task FinishedRun_CountsStartEndDurationRowsAndStatusQueries()
    {
        using var recorder = new MetricRecorder(GrainTelemetry.MeterName, EngineTelemetry.MeterName);
        var service = (EngineTelemetry.ServiceTag, TelemetryProjects.MeteredService);

        var id = await StartAsync(TelemetryProjects.MeteredService, new Dictionary<string, string> { ["MAX"] = "25" });
        var run = await RunWaiter.WaitForAsync(fixture.Grains, id, RunWaiter.HasEnded);
        await fixture.Grains.GetGrain<IWorkflowExecutionGrain>(id).GetStatusAsync();

        Assert.Equal(RunState.Finished, run.State);
        Assert.Equal(1, recorder.Sum(GrainTelemetry.RunsStartedInstrument, service));
        Assert.Equal(1, recorder.Sum(GrainTelemetry.RunsFinishedInstrument, service));
        Assert.Equal(0, recorder.Count(GrainTelemetry.RunsFailedInstrument, service));
        Assert.Equal(0, recorder.Count(GrainTelemetry.RunsStoppedInstrument, service));
        Assert.Equal(2, recorder.Count(GrainTelemetry.RunsRunningInstrument, service));
        Assert.Equal(0, recorder.Sum(GrainTelemetry.RunsRunningInstrument, service));
        Assert.Equal(1, recorder.Count(GrainTelemetry.RunDurationInstrument, service, (EngineTelemetry.ResultTag, nameof(RunState.Finished))));
        Assert.True(recorder.Sum(GrainTelemetry.RunDurationInstrument, service) > 0);
        Assert.True(recorder.Sum(GrainTelemetry.StatusQueriesInstrument, service) >= 2);
        Assert.Equal(25, recorder.Sum(EngineTelemetry.RowsWrittenInstrument, service,
            (EngineTelemetry.PipelineTag, "generate-rows"), (EngineTelemetry.TransformTag, "Generate MAX rows")));
    }

    [Fact]
    public async Task RunWithErrors_CountsAsFailed()
    {
        using var recorder = new MetricRecorder(GrainTelemetry.MeterName);
        var service = (EngineTelemetry.ServiceTag, TelemetryProjects.BrokenService);

        var id = await StartAsync(TelemetryProjects.BrokenService, []);
        var run = await RunWaiter.WaitForAsync(fixture.Grains, id, RunWaiter.HasEnded);

        Assert.Equal(RunState.FinishedWithErrors, run.State);
        Assert.Equal(1, recorder.Sum(GrainTelemetry.RunsFailedInstrument, service));
        Assert.Equal(0, recorder.Count(GrainTelemetry.RunsFinishedInstrument, service));
        Assert.Equal(1, recorder.Count(GrainTelemetry.RunDurationInstrument, service, (EngineTelemetry.ResultTag, nameof(RunState.FinishedWithErrors))));
    }

    [Fact]
    public async Task StoppedRun_CountsAsStoppedAndLeavesNothingRunning()
    {
        using var recorder = new MetricRecorder(GrainTelemetry.MeterName);
        var service = (EngineTelemetry.ServiceTag, TelemetryProjects.StoppableService);

        var id = await StartAsync(TelemetryProjects.StoppableService, []);
        await RunWaiter.WaitForAsync(fixture.Grains, id, r => r.State == RunState.Running);
        Assert.Equal(1, recorder.Sum(GrainTelemetry.RunsRunningInstrument, service));
        await fixture.Grains.GetGrain<IWorkflowExecutionGrain>(id).StopAsync();
        var run = await RunWaiter.WaitForAsync(fixture.Grains, id, RunWaiter.HasEnded);

        Assert.Equal(RunState.Stopped, run.State);
        Assert.Equal(1, recorder.Sum(GrainTelemetry.RunsStoppedInstrument, service));
        Assert.Equal(0, recorder.Sum(GrainTelemetry.RunsRunningInstrument, service));
        Assert.Equal(0, recorder.Count(GrainTelemetry.RunsFinishedInstrument, service));
    }

    private async Task<string> StartAsync(string service, Dictionary<string, string> parameters)
    {
        var request = new StartRunRequest(service, null, parameters, "{}", new Dictionary<string, string>());
        var response = await fixture.Grains.GetGrain<IAsyncServiceGrain>(service).StartAsync(request);
        Assert.Null(response.Error);
        return response.ContainerId!;
    }
}
