using System.Diagnostics;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.AsyncHop.Grains;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>The spans of a run, captured in memory, from the caller's request down to each transform's summary.</summary>
[Collection(TracingClusterCollection.Name)]
public sealed class RunTracingTests(TracingClusterFixture fixture)
{
    private const string ServiceStartCall = "IAsyncServiceGrain/StartAsync";
    private const string RunStartCall = "IWorkflowExecutionGrain/StartAsync";
    private static readonly TimeSpan SpanTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StartAsync_ServiceAndRunOnDifferentSilos_TracesWholeRunUnderCallersTrace()
    {
        using var collector = new SpanCollector();
        const int rows = 50;

        var (root, response, silos) = await StartOnTwoSilosAsync(collector, rows);
        await RunWaiter.WaitForAsync(fixture.Grains, response.ContainerId!, RunWaiter.HasEnded);
        var spans = await collector.WaitForAsync(root.TraceId, t => t.Any(s => s.OperationName == EngineTelemetry.WorkflowSpan), SpanTimeout);

        var serviceStart = Single(spans, GrainTelemetry.ServiceStartSpan);
        var runStart = Single(spans, GrainTelemetry.RunStartSpan);
        Assert.NotEqual(serviceStart.GetTagItem(GrainTelemetry.SiloTag), runStart.GetTagItem(GrainTelemetry.SiloTag));
        Assert.Equal(2, silos);

        var serviceCall = ChildOf(spans, root.SpanId, ServiceStartCall, ActivityKind.Client);
        var serviceServer = ChildOf(spans, serviceCall.SpanId, ServiceStartCall, ActivityKind.Server);
        Assert.Equal(serviceServer.SpanId, serviceStart.ParentSpanId);
        var runCall = ChildOf(spans, serviceStart.SpanId, RunStartCall, ActivityKind.Client);
        var runServer = ChildOf(spans, runCall.SpanId, RunStartCall, ActivityKind.Server);
        Assert.Equal(runServer.SpanId, runStart.ParentSpanId);

        var workflow = Single(spans, EngineTelemetry.WorkflowSpan);
        Assert.Equal(runStart.SpanId, workflow.ParentSpanId);
        Assert.Equal("dataload", workflow.GetTagItem(EngineTelemetry.WorkflowTag));
        Assert.Equal(response.LogChannelId, workflow.GetTagItem(EngineTelemetry.LogChannelIdTag));
        Assert.Equal("Finished", workflow.GetTagItem(EngineTelemetry.ResultTag));
        Assert.Equal(ActivityStatusCode.Unset, workflow.Status);

        var actions = spans.Where(s => s.OperationName == EngineTelemetry.ActionSpan).ToList();
        Assert.All(actions, a => Assert.Equal(workflow.SpanId, a.ParentSpanId));
        Assert.All(actions, a => Assert.InRange(a.StartTimeUtc + a.Duration, workflow.StartTimeUtc, workflow.StartTimeUtc + workflow.Duration));
        Assert.Subset(actions.Select(a => (string)a.GetTagItem(EngineTelemetry.ActionTag)!).ToHashSet(),
            new HashSet<string> { "Save request", "Generate rows", "Count rows", "Success" });
        var generateAction = actions.Single(a => (string?)a.GetTagItem(EngineTelemetry.ActionTag) == "Generate rows");
        Assert.Equal("PIPELINE", generateAction.GetTagItem(EngineTelemetry.ActionTypeTag));
        Assert.Equal(true, generateAction.GetTagItem(EngineTelemetry.ResultTag));

        var pipeline = spans.Single(s => s.OperationName == EngineTelemetry.PipelineSpan
            && (string?)s.GetTagItem(EngineTelemetry.PipelineTag) == "generate-rows");
        Assert.Equal(generateAction.SpanId, pipeline.ParentSpanId);
        var transforms = spans.Where(s => s.ParentSpanId == pipeline.SpanId).ToList();
        Assert.Equal(["Add run id", "Generate MAX rows", "Number rows", "Write rows"],
            transforms.Select(t => (string)t.GetTagItem(EngineTelemetry.TransformTag)!).Order());
        Assert.All(transforms, t => Assert.Equal(EngineTelemetry.TransformSpan, t.OperationName));
        var generate = transforms.Single(t => (string?)t.GetTagItem(EngineTelemetry.TransformTag) == "Generate MAX rows");
        Assert.Equal((long)rows, generate.GetTagItem(EngineTelemetry.RowsWrittenTag));
        var write = transforms.Single(t => (string?)t.GetTagItem(EngineTelemetry.TransformTag) == "Write rows");
        Assert.Equal((long)rows, write.GetTagItem(EngineTelemetry.RowsReadTag));
        Assert.Equal((long)rows, write.GetTagItem(EngineTelemetry.RowsOutputTag));
        Assert.Equal("Finished", write.GetTagItem(EngineTelemetry.ResultTag));
        Assert.True(spans.Count(s => s.OperationName == EngineTelemetry.TransformSpan) < rows, "rows are not traced one by one");

        Assert.All(spans.Where(s => s.Source.Name == EngineTelemetry.ActivitySourceName), s =>
        {
            Assert.Equal(TelemetryProjects.TracedService, s.GetTagItem(EngineTelemetry.ServiceTag));
            Assert.Equal(response.ContainerId, s.GetTagItem(EngineTelemetry.ContainerIdTag));
        });
    }

    [Fact]
    public async Task StartAsync_WorkflowWithMissingPipeline_MarksFailedSpansWithReason()
    {
        using var collector = new SpanCollector();
        using var root = StartRoot();

        var response = await StartAsync(TelemetryProjects.BrokenService, []);
        root.Stop();
        var run = await RunWaiter.WaitForAsync(fixture.Grains, response.ContainerId!, RunWaiter.HasEnded);
        var spans = await collector.WaitForAsync(root.TraceId, t => t.Any(s => s.OperationName == EngineTelemetry.WorkflowSpan), SpanTimeout);

        Assert.Equal(RunState.FinishedWithErrors, run.State);
        var action = spans.Single(s => s.OperationName == EngineTelemetry.ActionSpan
            && (string?)s.GetTagItem(EngineTelemetry.ActionTag) == TelemetryProjects.MissingPipelineAction);
        Assert.Equal(ActivityStatusCode.Error, action.Status);
        Assert.Contains("no-such-pipeline.hpl", action.StatusDescription);
        Assert.Equal(false, action.GetTagItem(EngineTelemetry.ResultTag));
        var workflow = Single(spans, EngineTelemetry.WorkflowSpan);
        Assert.Equal(ActivityStatusCode.Error, workflow.Status);
        Assert.Contains("no-such-pipeline.hpl", workflow.StatusDescription);
        Assert.Equal("Finished (with errors)", workflow.GetTagItem(EngineTelemetry.ResultTag));
    }

    [Fact]
    public async Task StartAsync_DisabledService_MarksServiceSpanFailedWithoutRun()
    {
        using var collector = new SpanCollector();
        using var root = StartRoot();

        var response = await StartAsync("disabled", []);
        root.Stop();
        var spans = await collector.WaitForAsync(root.TraceId, t => t.Any(s => s.OperationName == GrainTelemetry.ServiceStartSpan), SpanTimeout);

        Assert.Equal(RunErrorKind.Disabled, response.Error?.Kind);
        var serviceStart = Single(spans, GrainTelemetry.ServiceStartSpan);
        Assert.Equal(ActivityStatusCode.Error, serviceStart.Status);
        Assert.Contains("disabled", serviceStart.StatusDescription);
        Assert.Equal(nameof(RunErrorKind.Disabled), serviceStart.GetTagItem(EngineTelemetry.ResultTag));
        Assert.DoesNotContain(spans, s => s.OperationName == GrainTelemetry.RunStartSpan);
    }

    /// <summary>
    /// Starts runs until the service grain and the run grain sit on different silos, so that the trace
    /// crosses silos; placement is random, so each try has even odds and twenty tries all but always suffice.
    /// </summary>
    private async Task<(Activity Root, StartRunResponse Response, int Silos)> StartOnTwoSilosAsync(SpanCollector collector, int rows)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var root = StartRoot();
            var response = await StartAsync(TelemetryProjects.TracedService, new Dictionary<string, string> { ["MAX"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            root.Stop();
            var spans = await collector.WaitForAsync(root.TraceId, t => t.Any(s => s.OperationName == GrainTelemetry.RunStartSpan), SpanTimeout);
            var silos = spans.Where(s => s.OperationName is GrainTelemetry.ServiceStartSpan or GrainTelemetry.RunStartSpan)
                .Select(s => s.GetTagItem(GrainTelemetry.SiloTag)).Distinct().Count();
            if (silos == 2)
            {
                return (root, response, silos);
            }

            await RunWaiter.WaitForAsync(fixture.Grains, response.ContainerId!, RunWaiter.HasEnded);
            root.Dispose();
        }

        throw new InvalidOperationException("Twenty runs in a row started on the silo of their service grain.");
    }

    private async Task<StartRunResponse> StartAsync(string service, Dictionary<string, string> parameters)
    {
        var request = new StartRunRequest(service, null, parameters, "{}", new Dictionary<string, string>());
        return await fixture.Grains.GetGrain<IAsyncServiceGrain>(service).StartAsync(request);
    }

    /// <summary>A sampled span standing for the caller's request, as an instrumented HTTP client would send.</summary>
    private static Activity StartRoot()
    {
        var root = new Activity("caller").SetIdFormat(ActivityIdFormat.W3C).Start();
        root.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        return root;
    }

    private static Activity Single(IReadOnlyList<Activity> spans, string name) => Assert.Single(spans, s => s.OperationName == name);

    private static Activity ChildOf(IReadOnlyList<Activity> spans, ActivitySpanId parent, string name, ActivityKind kind) =>
        Assert.Single(spans, s => s.ParentSpanId == parent && s.OperationName == name && s.Kind == kind);
}
