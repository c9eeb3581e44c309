using System.Diagnostics;
using System.Net;

namespace Orleans.AsyncHop.Benchmarks.Http;

/// <summary>
/// Sends GET requests to one loopback URL from a fixed number of concurrent clients until either the time
/// or the request budget is used up, and records every request's latency.
/// </summary>
public static class LoadDriver
{
    public static HttpClient CreateClient(Uri baseAddress, int connections, string? basicCredentials = null)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (basicCredentials is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(basicCredentials)));
        }

        return client;
    }

    public static async Task<LoadResult> RunAsync(
        HttpClient client,
        string path,
        int clients,
        TimeSpan duration,
        int maxRequests,
        CancellationToken cancellationToken)
    {
        long issued = 0;
        long failed = 0;
        var latencies = new List<double>[clients];
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async index =>
        {
            var own = latencies[index] = new List<double>(1024);
            while (stopwatch.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                    continue;
                }

                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToList();
        await Task.WhenAll(workers);
        stopwatch.Stop();
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count, failed, stopwatch.Elapsed, all);
    }
}
