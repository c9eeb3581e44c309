using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>/health/live and /health/ready respond without credentials, and readiness follows the run storage.</summary>
[Collection(InProcessServerCollection.Name)]
public sealed class HealthEndpointTests(InProcessServerFactory factory)
{
    [Fact]
    public async Task Live_WithoutCredentials_AnswersHealthyJson()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task Ready_ClusterAndStorageWork_AnswersHealthyForEachCheck()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["cluster"]!["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["storage"]!["status"]);
    }

    [Fact]
    public async Task Ready_StorageDown_Answers503UntilStorageIsBack()
    {
        using var client = factory.CreateClient();

        factory.Storage.Available = false;
        JsonObject down;
        HttpStatusCode downStatus;
        try
        {
            using var response = await client.GetAsync("/health/ready");
            downStatus = response.StatusCode;
            down = await ReadJsonAsync(response);
        }
        finally
        {
            factory.Storage.Available = true;
        }

        using var back = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal("Unhealthy", (string?)down["status"]);
        Assert.Equal("Unhealthy", (string?)down["checks"]!["storage"]!["status"]);
        Assert.Equal("Healthy", (string?)down["checks"]!["cluster"]!["status"]);
        Assert.DoesNotContain("took the grain storage down", down.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
