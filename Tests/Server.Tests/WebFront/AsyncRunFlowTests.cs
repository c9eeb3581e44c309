using System.Net;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>The documented dataload flow against the real server process over HTTP.</summary>
[Collection(ServerCollection.Name)]
public sealed class AsyncRunFlowTests(ServerFixture fixture)
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task PostWithBody_RunsToFinishedWithStatusVariables()
    {
        const string document = "{\"customer\":\"ACME\",\"items\":[1,2,3]}";

        var started = await HopClient.StartAsync(Client, "service=dataload&MAX=250&SOURCE=nightly", document);
        var id = HopClient.Text(started, "id");
        Assert.Equal("dataload", HopClient.Text(started, "name"));
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.True(Guid.TryParse(HopClient.Text(started, "logChannelId"), out _));

        var status = await HopClient.WaitForStatusAsync(Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        Assert.Equal("Finished", HopClient.Text(status, "statusDescription"));
        Assert.Equal("dataload", HopClient.Text(status, "service"));
        Assert.Equal(id, HopClient.Text(status, "id"));
        Assert.NotNull(status["startDate"]);
        Assert.NotNull(status["endDate"]);
        var variables = status["statusVariables"]!.AsObject();
        Assert.Equal("done", HopClient.Text(variables, "STAGE"));
        Assert.Equal("250", HopClient.Text(variables, "ROWS_DONE"));
        Assert.Equal("nightly", HopClient.Text(variables, "REQUEST_SOURCE"));

        var output = Path.Combine(fixture.Server.ProjectHome, "output");
        Assert.Equal(document + "\n", File.ReadAllText(Path.Combine(output, $"request-{id}.json")));
        var lines = File.ReadAllLines(Path.Combine(output, $"dataload-{id}.csv"));
        Assert.Equal(251, lines.Length);
        Assert.Equal("row_nr;source;run_id", lines[0]);
        Assert.Equal($"250;dataload;{id}", lines[^1]);
    }

    [Fact]
    public async Task PostWithBody_ReportsMarkedPipelinesWithFinalCounts()
    {
        var started = await HopClient.StartAsync(Client, "service=dataload&MAX=40", "{}");
        var id = HopClient.Text(started, "id");

        var status = await HopClient.WaitForStatusAsync(Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        var pipelines = status["pipelineStatuses"]!.AsArray();
        Assert.Equal(["count-rows", "generate-rows"], pipelines.Select(p => HopClient.Text(p, "pipelineName")).Order());
        var generate = pipelines.Single(p => HopClient.Text(p, "pipelineName") == "generate-rows")!;
        Assert.Equal("Finished", HopClient.Text(generate, "statusDescription"));
        var write = generate["transformStatusList"]!.AsArray().Single(t => HopClient.Text(t, "transformName") == "Write rows")!;
        Assert.Equal(40, write["linesOutput"]!.GetValue<long>());
        Assert.Equal(40, write["linesRead"]!.GetValue<long>());
        Assert.Equal("Finished", HopClient.Text(write, "statusDescription"));
    }

    [Fact]
    public async Task GetWithParameters_StartsRunWithoutBody()
    {
        var started = await HopClient.StartAsync(Client, "service=dataload&MAX=3");
        var id = HopClient.Text(started, "id");

        var status = await HopClient.WaitForStatusAsync(Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        Assert.Equal("Finished", HopClient.Text(status, "statusDescription"));
        Assert.Equal("3", HopClient.Text(status["statusVariables"], "ROWS_DONE"));
        Assert.Equal("unknown", HopClient.Text(status["statusVariables"], "REQUEST_SOURCE"));
    }

    [Fact]
    public async Task AsyncRun_AnswersHopContentTypeAndCompactJson()
    {
        using var response = await Client.PostAsync("/hop/asyncRun?service=dataload&MAX=1", new StringContent("{}"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("{\"name\":\"dataload\",\"id\":\"", body);
        Assert.EndsWith("\"}\n", body);
    }
}
