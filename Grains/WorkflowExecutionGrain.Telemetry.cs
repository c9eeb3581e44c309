using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Grains;

public sealed partial class WorkflowExecutionGrain
{
    private string? meteredService;
    private long runStartTimestamp;

    /// <summary>
    /// Starts the run inside the run's start span. The workflow's own span is opened by the engine while this
    /// span is current, so it joins the caller's trace and goes on after this call returns.
    /// </summary>
    public async Task<StartRunResponse> StartAsync(RunDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var activity = GrainTelemetry.Source.StartActivity(GrainTelemetry.RunStartSpan);
        activity?.SetTag(EngineTelemetry.ServiceTag, definition.ServiceName);
        activity?.SetTag(EngineTelemetry.ContainerIdTag, ContainerId);
        activity?.SetTag(GrainTelemetry.SiloTag, ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString());

        var response = await StartRunAsync(definition, cancellationToken);
        if (response.Error is { } error)
        {
            GrainTelemetry.Fail(activity, error.Kind.ToString(), error.Message);
            return response;
        }

        activity?.SetTag(EngineTelemetry.ResultTag, "Started");
        activity?.SetTag(EngineTelemetry.WorkflowTag, response.WorkflowName);
        activity?.SetTag(EngineTelemetry.LogChannelIdTag, response.LogChannelId);
        return response;
    }

    private void RecordRunStarted(string serviceName)
    {
        meteredService = serviceName;
        runStartTimestamp = timeProvider.GetTimestamp();
        GrainTelemetry.RecordRunStarted(serviceName);
    }

    private void RecordRunEnded(RunState endState)
    {
        if (meteredService is not { } service)
        {
            return;
        }

        meteredService = null;
        GrainTelemetry.RecordRunEnded(service, endState, timeProvider.GetElapsedTime(runStartTimestamp));
    }
}
