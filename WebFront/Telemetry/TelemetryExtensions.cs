using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.AsyncHop.WebFront.Health;

namespace Orleans.AsyncHop.WebFront.Telemetry;

/// <summary>
/// OpenTelemetry for the silo and the stand-alone front end. Log records always carry the current trace
/// and span ids; traces, metrics and logs go out over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// Without it no provider is registered, so spans and measurements are never even created.
/// </summary>
public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddHopTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!IsExportConfigured(builder.Configuration))
        {
            return builder;
        }

        var configuredName = builder.Configuration[WebFrontTelemetry.ServiceNameVariable];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                string.IsNullOrEmpty(configuredName) ? serviceName : configuredName,
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => ConfigureTracing(tracing))
            .WithMetrics(metrics => ConfigureMetrics(metrics))
            .WithLogging(_ => { }, options =>
            {
                options.IncludeScopes = true;
                options.IncludeFormattedMessage = true;
            })
            .UseOtlpExporter();
        return builder;
    }

    /// <summary>True when an OTLP endpoint is configured and the SDK is not switched off.</summary>
    public static bool IsExportConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var disabled = bool.TryParse(configuration[WebFrontTelemetry.SdkDisabledVariable], out var off) && off;
        return !disabled && !string.IsNullOrWhiteSpace(configuration[WebFrontTelemetry.OtlpEndpointVariable]);
    }

    /// <summary>Traces of HTTP requests (health probes left out), Orleans grain calls and storage, the engine and the grains.</summary>
    public static TracerProviderBuilder ConfigureTracing(TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        return tracing
            .AddSource([.. WebFrontTelemetry.ActivitySourceNames])
            .AddAspNetCoreInstrumentation(options =>
                options.Filter = context => !context.Request.Path.StartsWithSegments(HealthEndpoints.Prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Metrics of HTTP requests, the Orleans runtime, the engine and the grains.</summary>
    public static MeterProviderBuilder ConfigureMetrics(MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics
            .AddMeter([.. WebFrontTelemetry.MeterNames])
            .AddAspNetCoreInstrumentation();
    }
}
