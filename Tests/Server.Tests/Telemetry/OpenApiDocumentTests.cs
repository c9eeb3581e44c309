using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.WebFront.Endpoints;
using Orleans.AsyncHop.WebFront.OpenApi;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>/openapi/v1.json describes every hop/* route the server maps, as the routes really respond.</summary>
[Collection(InProcessServerCollection.Name)]
public sealed class OpenApiDocumentTests(InProcessServerFactory factory)
{
    [Fact]
    public async Task Document_WithoutCredentials_ListsEveryHopRouteAndMethod()
    {
        var paths = (await ReadDocumentAsync())["paths"]!.AsObject();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(HopRoutes.Prefix + "/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            var path = route.RoutePattern.RawText!.Replace("/{**rest}", string.Empty, StringComparison.Ordinal);
            var item = paths[path]?.AsObject();
            Assert.True(item is not null, $"{path} is not in the document");
            foreach (var method in route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                var operation = item[method.ToLowerInvariant()];
                Assert.True(operation is not null, $"{method} {path} is not in the document");
                Assert.Equal(HopDocumentTransformer.BasicScheme, operation["security"]![0]!.AsObject().Single().Key);
                Assert.NotNull(operation["responses"]!["401"]);
            }
        }
    }

    [Theory]
    [InlineData(HopRoutes.AsyncRun, "service,runConfig", "service")]
    [InlineData(HopRoutes.AsyncStatus, "service,id", "service,id")]
    [InlineData(HopRoutes.WorkflowStatus, "id,name,xml,json,from", "")]
    [InlineData(HopRoutes.GetWorkflowStatus, "id,name,xml,json,from", "")]
    [InlineData(HopRoutes.StopWorkflow, "id,name,xml,json", "")]
    [InlineData(HopRoutes.RemoveWorkflow, "id,name,xml,json", "")]
    [InlineData(HopRoutes.Status, "xml,json", "")]
    public async Task Document_HopRoute_ListsItsQueryParameters(string path, string names, string required)
    {
        var operation = (await ReadDocumentAsync())["paths"]![path]!["get"]!;
        var parameters = operation["parameters"]!.AsArray();

        Assert.Equal(names.Split(','), parameters.Select(p => (string)p!["name"]!));
        Assert.All(parameters, p => Assert.Equal("query", (string?)p!["in"]));
        Assert.Equal(required.Split(',', StringSplitOptions.RemoveEmptyEntries),
            parameters.Where(p => (bool?)p!["required"] == true).Select(p => (string)p!["name"]!));
    }

    [Fact]
    public async Task Document_WorkflowStatusFrom_IsAWholeNumber()
    {
        var parameters = (await ReadDocumentAsync())["paths"]![HopRoutes.WorkflowStatus]!["get"]!["parameters"]!.AsArray();

        Assert.Equal("integer", (string?)parameters.Single(p => (string?)p!["name"] == HopRoutes.FromParameter)!["schema"]!["type"]);
    }

    [Fact]
    public async Task Document_AsyncRunResponses_MatchRealAnswers()
    {
        var responses = (await ReadDocumentAsync())["paths"]![HopRoutes.AsyncRun]!["post"]!["responses"]!;
        using var client = factory.CreateHopClient();
        using var anonymous = factory.CreateClient();

        using var started = await client.PostAsync($"{HopRoutes.AsyncRun}?service={TelemetryProjects.TracedService}&MAX=1", new StringContent("{}"));
        using var missing = await client.PostAsync(HopRoutes.AsyncRun, new StringContent("{}"));
        using var unknown = await client.PostAsync($"{HopRoutes.AsyncRun}?service=no-such-service", new StringContent("{}"));
        using var unauthorized = await anonymous.PostAsync($"{HopRoutes.AsyncRun}?service={TelemetryProjects.TracedService}", new StringContent("{}"));

        AssertDocumented(responses, started);
        AssertDocumented(responses, missing);
        AssertDocumented(responses, unknown);
        AssertDocumented(responses, unauthorized);
        var schema = responses["200"]!["content"]!.AsObject().Single().Value!["schema"]!["properties"]!.AsObject();
        var body = JsonNode.Parse(await started.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(schema.Select(p => p.Key).Order(), body.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Document_DeclaresBasicAuthentication()
    {
        var scheme = (await ReadDocumentAsync())["components"]!["securitySchemes"]![HopDocumentTransformer.BasicScheme]!;

        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("basic", (string?)scheme["scheme"]);
    }

    private static void AssertDocumented(JsonNode responses, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = responses[status];
        Assert.True(documented is not null, $"status {status} is not documented");
        var types = documented["content"]!.AsObject().Select(c => MediaTypeHeaderValue.Parse(c.Key).MediaType).ToList();
        Assert.Contains(response.Content.Headers.ContentType!.MediaType, types);
    }

    private async Task<JsonObject> ReadDocumentAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(OpenApiExtensions.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
