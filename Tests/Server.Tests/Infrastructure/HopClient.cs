using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>Small helpers for calling the hop/* API the way Hop's documentation does.</summary>
public static class HopClient
{
    public static async Task<JsonObject> StartAsync(HttpClient client, string query, string? body = null)
    {
        using var content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = body is null
            ? await client.GetAsync("/hop/asyncRun?" + query)
            : await client.PostAsync("/hop/asyncRun?" + query, content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"asyncRun answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> StatusAsync(HttpClient client, string service, string id)
    {
        var text = await client.GetStringAsync($"/hop/asyncStatus?service={service}&id={id}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Polls hop/asyncStatus until the status is one of <paramref name="states"/> or the time is up.</summary>
    public static async Task<JsonObject> WaitForStatusAsync(HttpClient client, string service, string id, TimeSpan timeout, params string[] states)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var status = await StatusAsync(client, service, id);
            if (states.Contains(status["statusDescription"]!.GetValue<string>()))
            {
                return status;
            }

            if (cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"Run {id} did not reach {string.Join(" or ", states)}: {status.ToJsonString()}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static string Text(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new JsonException($"'{name}' is missing in {node?.ToJsonString()}");
}
