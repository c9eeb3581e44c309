using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Health;

/// <summary>Ready when a health probe grain can write its state to the run storage and read back what it wrote.</summary>
public sealed partial class StorageHealthCheck(IGrainFactory grains, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public const string Name = "storage";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid().ToString("N");
        try
        {
            var read = await grains.GetGrain<IHealthProbeGrain>(HealthProbeKey.ForThisHost).WriteAndReadAsync(token, cancellationToken);
            if (read != token)
            {
                LogStorageMismatch(logger);
                return HealthCheckResult.Unhealthy("The run storage returned other data than was written.");
            }

            return HealthCheckResult.Healthy("The run storage wrote and read a probe state.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStorageFailed(logger, exception);
            return HealthCheckResult.Unhealthy("The run storage could not be written or read.");
        }
    }

    [LoggerMessage(EventId = 3302, EventName = "StorageCheckFailed", Level = LogLevel.Warning,
        Message = "Readiness check: the run storage could not be written or read")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3303, EventName = "StorageCheckMismatch", Level = LogLevel.Warning,
        Message = "Readiness check: the run storage returned other data than was written")]
    private static partial void LogStorageMismatch(ILogger logger);
}
