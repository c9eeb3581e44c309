using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Grains;

public sealed partial class AsyncServiceGrain
{
    /// <summary>Validates and starts a run inside a span that names the service, the outcome and the new container id.</summary>
    public async Task<StartRunResponse> StartAsync(StartRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = GrainTelemetry.Source.StartActivity(GrainTelemetry.ServiceStartSpan);
        activity?.SetTag(EngineTelemetry.ServiceTag, request.ServiceName);
        activity?.SetTag(GrainTelemetry.SiloTag, ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString());

        var response = await StartRunAsync(request, cancellationToken);
        if (response.Error is { } error)
        {
            GrainTelemetry.Fail(activity, error.Kind.ToString(), error.Message);
            return response;
        }

        activity?.SetTag(EngineTelemetry.ResultTag, "Started");
        activity?.SetTag(EngineTelemetry.ContainerIdTag, response.ContainerId);
        activity?.SetTag(EngineTelemetry.LogChannelIdTag, response.LogChannelId);
        activity?.SetTag(EngineTelemetry.WorkflowTag, response.WorkflowName);
        return response;
    }
}
