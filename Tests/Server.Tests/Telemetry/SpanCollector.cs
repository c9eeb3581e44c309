using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Orleans.AsyncHop.WebFront.Telemetry;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>
/// Captures spans in memory with the server's own tracing setup (same sources, same ASP.NET Core
/// instrumentation). Spans of other tests running at the same time are captured too, so tests pick
/// theirs by trace id.
/// </summary>
public sealed class SpanCollector : IDisposable
{
    private readonly LockedActivityList spans = new();
    private readonly TracerProvider provider;

    public SpanCollector()
    {
        var builder = Sdk.CreateTracerProviderBuilder();
        TelemetryExtensions.ConfigureTracing(builder);
        provider = builder.AddInMemoryExporter(spans).Build();
    }

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => spans.Snapshot().Where(s => s.TraceId == traceId).ToList();

    /// <summary>Waits until the trace holds a span that matches, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(ActivityTraceId traceId, Func<IReadOnlyList<Activity>, bool> complete, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var trace = InTrace(traceId);
            if (complete(trace))
            {
                return trace;
            }

            if (cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"Trace {traceId} is incomplete: {string.Join(", ", trace.Select(s => s.DisplayName))}");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose() => provider.Dispose();
}
