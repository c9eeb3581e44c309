using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Orleans.AsyncHop.WebFront.Health;

/// <summary>
/// /health/live (the process answers) and /health/ready (the cluster runs grains and the run storage
/// works), outside basic authentication. Both return JSON with status 200, or 503 when a check fails.
/// </summary>
public static class HealthEndpoints
{
    public const string Prefix = "/health";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    /// <summary>How long one readiness check may take before it counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddHopHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>(ClusterHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapHopHealthChecks(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).ExcludeFromDescription();
        routes.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).ExcludeFromDescription();
        return routes;
    }
}
