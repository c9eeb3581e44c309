using System.Diagnostics;
using System.Text;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Orleans.AsyncHop.WebFront.Telemetry;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>The real server exports traces, metrics and logs over OTLP once OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Server_WithOtlpEndpoint_ExportsRunTracesMetricsAndCorrelatedLogs()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var server = await SiloProcess.StartAsync(
            TelemetryProjects.CopySample(),
            $"--{WebFrontTelemetry.OtlpEndpointVariable}={receiver.Endpoint}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
            "--OTEL_METRIC_EXPORT_INTERVAL=500",
            "--OTEL_BSP_SCHEDULE_DELAY=200",
            "--OTEL_BLRP_SCHEDULE_DELAY=200");

        using var response = await server.Client.PostAsync($"/hop/asyncRun?service={TelemetryProjects.TracedService}&MAX=5", new StringContent("{}"));
        var id = HopClient.Text(System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync()), "id");
        await HopClient.WaitForStatusAsync(server.Client, TelemetryProjects.TracedService, id, TimeSpan.FromSeconds(60), "Finished");
        var traceId = ActivityContext.Parse(response.Headers.GetValues(WebFrontTelemetry.TraceParentHeader).Single(), null).TraceId;
        var traceIdBytes = Convert.FromHexString(traceId.ToHexString());

        await receiver.WaitForAsync(
            r => r.Received("traces", traceIdBytes, Utf8("hop.workflow.run"), Utf8(id))
                && r.Received("metrics", Utf8("hop.runs.finished"), Utf8(TelemetryProjects.TracedService))
                && r.Received("logs", traceIdBytes, Utf8(id)),
            TimeSpan.FromSeconds(30));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
