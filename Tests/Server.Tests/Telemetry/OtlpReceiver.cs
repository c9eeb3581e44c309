using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Orleans.AsyncHop.Server.Tests.Infrastructure;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>
/// A collector stand-in on a free loopback port that accepts OTLP over HTTP (/v1/traces, /v1/metrics,
/// /v1/logs) and keeps the protobuf bodies it received, for at most a few hundred requests.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private const int MaxRequests = 500;
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> received = new();

    private OtlpReceiver(WebApplication app, string endpoint)
    {
        this.app = app;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public static async Task<OtlpReceiver> StartAsync()
    {
        var endpoint = $"http://127.0.0.1:{FreePorts.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(endpoint);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, endpoint);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            if (receiver.received.Count >= MaxRequests)
            {
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.received.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>True when some request of the signal held all the given byte sequences.</summary>
    public bool Received(string signal, params byte[][] contents) =>
        received.Any(r => r.Signal == signal && contents.All(c => r.Body.AsSpan().IndexOf(c) >= 0));

    public async Task WaitForAsync(Func<OtlpReceiver, bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (!condition(this))
        {
            if (cancellation.IsCancellationRequested)
            {
                var signals = string.Join(", ", received.Select(r => $"{r.Signal} ({r.Body.Length} bytes)"));
                throw new TimeoutException($"The expected OTLP data did not arrive; received: {signals}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
