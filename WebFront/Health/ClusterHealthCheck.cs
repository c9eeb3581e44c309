using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Health;

/// <summary>Ready when a grain call reaches the cluster and comes back.</summary>
public sealed partial class ClusterHealthCheck(IGrainFactory grains, ILogger<ClusterHealthCheck> logger) : IHealthCheck
{
    public const string Name = "cluster";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await grains.GetGrain<IHealthProbeGrain>(HealthProbeKey.ForThisHost).PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"A grain on silo {silo} answered.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogClusterUnreachable(logger, exception);
            return HealthCheckResult.Unhealthy("The cluster did not answer a grain call.");
        }
    }

    [LoggerMessage(EventId = 3301, EventName = "ClusterUnreachable", Level = LogLevel.Warning,
        Message = "Readiness check: the cluster did not answer a grain call")]
    private static partial void LogClusterUnreachable(ILogger logger, Exception exception);
}
