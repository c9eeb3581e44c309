using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Benchmarks.Http;

/// <summary>hop/asyncRun and hop/asyncStatus as a Hop client calls them.</summary>
public static class HopApi
{
    public const string DefaultCredentials = "cluster:cluster";
    public const string Finished = "Finished";

    public static string StatusPath(string service, string id) => $"/hop/asyncStatus?service={service}&id={id}";

    /// <summary>Starts a run of the service and returns its container id.</summary>
    public static async Task<string> StartAsync(HttpClient client, string service, CancellationToken cancellationToken)
    {
        using var content = new StringContent(string.Empty);
        using var response = await client.PostAsync($"/hop/asyncRun?service={service}", content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"asyncRun returned {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"asyncRun returned no id: {text}");
    }

    public static async Task<string> StatusDescriptionAsync(HttpClient client, string service, string id, CancellationToken cancellationToken)
    {
        var text = await client.GetStringAsync(StatusPath(service, id), cancellationToken);
        return JsonNode.Parse(text)?["statusDescription"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"asyncStatus returned no statusDescription: {text}");
    }

    /// <summary>Polls the run's status until it has ended and returns the last status description.</summary>
    public static async Task<string> WaitForEndAsync(
        HttpClient client,
        string service,
        string id,
        TimeSpan pollInterval,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            var status = await StatusDescriptionAsync(client, service, id, limit.Token);
            if (IsEnded(status))
            {
                return status;
            }

            await Task.Delay(pollInterval, limit.Token);
        }
    }

    public static bool IsEnded(string statusDescription) =>
        statusDescription.StartsWith(Finished, StringComparison.Ordinal)
        || statusDescription.StartsWith("Stopped", StringComparison.Ordinal);
}
