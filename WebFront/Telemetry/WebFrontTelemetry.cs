using Orleans.Diagnostics;

namespace Orleans.AsyncHop.WebFront.Telemetry;

/// <summary>
/// What the server traces and measures, and the standard OpenTelemetry settings it reads. The engine's and
/// the grains' own sources and meters all start with <see cref="HopNamePattern"/>.
/// </summary>
public static class WebFrontTelemetry
{
    /// <summary>Matches Orleans.AsyncHop.Engine and Orleans.AsyncHop.Grains, the project's sources and meters.</summary>
    public const string HopNamePattern = "Orleans.AsyncHop.*";

    /// <summary>The meter of the Orleans runtime (grain calls, activations, messaging, storage).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    public const string SiloServiceName = "orleans-asynchop";
    public const string WebFrontServiceName = "orleans-asynchop-webfront";

    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    public const string SdkDisabledVariable = "OTEL_SDK_DISABLED";

    /// <summary>The W3C trace context header, read from requests and sent back by hop/asyncRun.</summary>
    public const string TraceParentHeader = "traceparent";

    /// <summary>Name of the span started for hop/asyncRun when nothing else started one for the request.</summary>
    public const string AsyncRunFallbackSpan = "hop.asyncRun";

    public static IReadOnlyList<string> ActivitySourceNames { get; } =
    [
        HopNamePattern,
        ActivitySources.ApplicationGrainActivitySourceName,
        ActivitySources.RuntimeActivitySourceName,
        ActivitySources.StorageActivitySourceName,
    ];

    public static IReadOnlyList<string> MeterNames { get; } = [HopNamePattern, OrleansMeterName];
}
