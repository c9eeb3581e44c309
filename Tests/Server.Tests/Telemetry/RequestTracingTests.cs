using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Telemetry;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>hop/asyncRun joins the caller's trace, returns a traceparent header, and the run's spans hang under the request.</summary>
[Collection(InProcessServerCollection.Name)]
public sealed class RequestTracingTests(InProcessServerFactory factory)
{
    private static readonly TimeSpan SpanTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AsyncRun_WithTraceParent_JoinsCallersTraceAndTracesRunUnderRequest()
    {
        using var collector = new SpanCollector();
        using var client = factory.CreateHopClient();
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/hop/asyncRun?service={TelemetryProjects.TracedService}&MAX=5")
        {
            Content = new StringContent("{}"),
        };
        request.Headers.Add(WebFrontTelemetry.TraceParentHeader, $"00-{traceId}-{callerSpan}-01");

        using var response = await client.SendAsync(request);
        var id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
        await RunWaiter.WaitForAsync(factory.Services.GetRequiredService<IGrainFactory>(), id, RunWaiter.HasEnded);
        var spans = await collector.WaitForAsync(traceId, t => t.Any(s => s.OperationName == EngineTelemetry.WorkflowSpan), SpanTimeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var returned = Assert.Single(response.Headers.GetValues(WebFrontTelemetry.TraceParentHeader));
        Assert.StartsWith($"00-{traceId}-", returned, StringComparison.Ordinal);
        var http = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.ParentSpanId == callerSpan);
        Assert.Equal($"00-{traceId}-{http.SpanId}-01", returned);
        Assert.Contains("/hop/asyncRun", (string?)http.GetTagItem("http.route"));

        var workflow = Assert.Single(spans, s => s.OperationName == EngineTelemetry.WorkflowSpan);
        Assert.Equal(id, workflow.GetTagItem(EngineTelemetry.ContainerIdTag));
        var ancestors = Ancestors(spans, workflow).Select(s => s.OperationName).ToList();
        Assert.Equal(GrainTelemetry.RunStartSpan, ancestors[0]);
        Assert.Contains(GrainTelemetry.ServiceStartSpan, ancestors);
        Assert.Equal(http.OperationName, ancestors[^1]);
    }

    [Fact]
    public async Task AsyncRun_WithoutTraceParent_AnswersTraceParentOfNewTrace()
    {
        using var client = factory.CreateHopClient();

        using var response = await client.GetAsync($"/hop/asyncRun?service={TelemetryProjects.TracedService}&MAX=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var returned = Assert.Single(response.Headers.GetValues(WebFrontTelemetry.TraceParentHeader));
        Assert.True(ActivityContext.TryParse(returned, null, out var context), returned);
        Assert.NotEqual(default, context.TraceId);
    }

    /// <summary>The span's parent, its parent's parent and so on, nearest first, as far as the trace contains them.</summary>
    private static IEnumerable<Activity> Ancestors(IReadOnlyList<Activity> spans, Activity span)
    {
        var bySpanId = spans.ToDictionary(s => s.SpanId);
        for (var current = span; bySpanId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }
}
