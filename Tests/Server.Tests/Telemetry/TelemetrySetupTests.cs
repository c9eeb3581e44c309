using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.AsyncHop.WebFront.Telemetry;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>OpenTelemetry providers exist only when an OTLP endpoint is configured and the SDK is not switched off.</summary>
public sealed class TelemetrySetupTests
{
    [Fact]
    public async Task AddHopTelemetry_NoEndpoint_RegistersNoProviders()
    {
        await using var app = Build([]);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AddHopTelemetry_Endpoint_RegistersTracesAndMetrics()
    {
        await using var app = Build([$"--{WebFrontTelemetry.OtlpEndpointVariable}=http://127.0.0.1:4318"]);

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AddHopTelemetry_EndpointButSdkDisabled_RegistersNoProviders()
    {
        await using var app = Build([$"--{WebFrontTelemetry.OtlpEndpointVariable}=http://127.0.0.1:4318", $"--{WebFrontTelemetry.SdkDisabledVariable}=true"]);

        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    private static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHopTelemetry(WebFrontTelemetry.SiloServiceName);
        return builder.Build();
    }
}
