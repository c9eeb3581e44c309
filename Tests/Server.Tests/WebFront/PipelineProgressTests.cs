using System.Text.Json.Nodes;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>Live transform counters of marked pipelines in hop/asyncStatus, polled while the run goes on.</summary>
[Collection(ProgressServerCollection.Name)]
public sealed class PipelineProgressTests(ProgressServerFixture fixture)
{
    private const long Rows = 5_000_000;

    private static readonly string[] TransformFields =
    [
        "transformName", "copy", "linesRead", "linesWritten", "linesInput", "linesOutput", "linesUpdated", "linesRejected",
        "dataVolume", "dataVolumeIn", "dataVolumeOut", "inputBufferSize", "outputBufferSize", "errors", "statusDescription",
        "seconds", "speed", "priority", "stopped", "paused", "logText", "sampleRowMeta", "sampleRows",
    ];

    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task AsyncStatus_MarkedPipelineMidRun_CountsGrowThenEndExact()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, $"service={ProgressServerFixture.Service}&ROWS={Rows}"), "id");

        var first = await WaitForLoadAsync(id, written => written > 10);
        var firstWritten = Written(first, "Generate rows");
        var second = await WaitForLoadAsync(id, written => written > firstWritten);
        var final = await HopClient.WaitForStatusAsync(Client, ProgressServerFixture.Service, id, TimeSpan.FromSeconds(180), "Finished", "Finished (with errors)");

        Assert.InRange(firstWritten, 1, Rows - 1);
        Assert.InRange(Written(second, "Generate rows"), firstWritten + 1, Rows);
        Assert.Equal("Running", HopClient.Text(first, "statusDescription"));
        Assert.Equal(-1, first["firstLoggingLineNr"]!.GetValue<int>());
        Assert.Equal(-1, first["lastLoggingLineNr"]!.GetValue<int>());
        Assert.Null(first["result"]);
        Assert.NotEqual(id, HopClient.Text(first, "id"));
        var running = Transform(first, "Discard");
        Assert.Equal(TransformFields, running.Select(p => p.Key));
        Assert.Equal("Running", HopClient.Text(running, "statusDescription"));
        Assert.StartsWith("   ", HopClient.Text(running, "priority"));

        Assert.Equal("Finished", HopClient.Text(final, "statusDescription"));
        var load = Assert.Single(final["pipelineStatuses"]!.AsArray())!;
        Assert.Equal("load", HopClient.Text(load, "pipelineName"));
        Assert.Equal("Finished", HopClient.Text(load, "statusDescription"));
        Assert.Equal(HopClient.Text(first, "id"), HopClient.Text(load, "id"));
        Assert.Equal(Rows, Written(load, "Generate rows"));
        foreach (var name in new[] { "Log first row", "Discard" })
        {
            var transform = Transform(load, name);
            Assert.Equal(Rows, transform["linesRead"]!.GetValue<long>());
            Assert.Equal(Rows, transform["linesWritten"]!.GetValue<long>());
            Assert.Equal("Finished", HopClient.Text(transform, "statusDescription"));
            Assert.Equal("-", HopClient.Text(transform, "priority"));
            Assert.StartsWith(" ", HopClient.Text(transform, "speed"));
        }

        Assert.Contains("load pipeline first row", HopClient.Text(Transform(load, "Log first row"), "logText"));
        Assert.Equal(string.Empty, HopClient.Text(Transform(load, "Discard"), "logText"));
    }

    [Fact]
    public async Task AsyncStatus_PipelineLog_HoldsOnlyThatPipelinesLatestRun()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, $"service={ProgressServerFixture.Service}&ROWS=50"), "id");

        var final = await HopClient.WaitForStatusAsync(Client, ProgressServerFixture.Service, id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        var load = Assert.Single(final["pipelineStatuses"]!.AsArray())!;
        Assert.Equal(50, Written(load, "Generate rows"));
        var log = Decode(HopClient.Text(load, "loggingString"));
        Assert.Single(log.Split('\n'), line => line.EndsWith("load - Pipeline execution started", StringComparison.Ordinal));
        Assert.Contains("load pipeline first row", log);
        Assert.DoesNotContain("side pipeline says hello", log);
        Assert.DoesNotContain("Starting action", log);
        Assert.DoesNotContain("other - Pipeline", log);
    }

    [Fact]
    public async Task AsyncStatus_OtherService_SeesOnlyItsOwnPipeline()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, $"service={ProgressServerFixture.OtherService}&ROWS=20"), "id");

        var final = await HopClient.WaitForStatusAsync(Client, ProgressServerFixture.OtherService, id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        var other = Assert.Single(final["pipelineStatuses"]!.AsArray())!;
        Assert.Equal("other", HopClient.Text(other, "pipelineName"));
        Assert.Equal(5, Written(other, "Generate rows"));
    }

    [Fact]
    public async Task WorkflowStatus_LongLog_ReportsActionsAndDroppedLines()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, $"service={ProgressServerFixture.Service}&ROWS=30"), "id");
        await HopClient.WaitForStatusAsync(Client, ProgressServerFixture.Service, id, TimeSpan.FromSeconds(60), "Finished");

        var json = JsonNode.Parse(await Client.GetStringAsync($"/hop/workflowStatus?name=progress&id={id}&json=Y"))!;
        var html = await Client.GetStringAsync($"/hop/workflowStatus?name=progress&id={id}");

        var actions = json["actionStatusList"]!.AsArray();
        Assert.Equal(["Start", "Warm up", "Load", "Side job", "Other service", "Success"], actions.Select(a => HopClient.Text(a, "name")));
        Assert.All(actions, a => Assert.Equal("FINISHED", HopClient.Text(a, "status")));
        var loadResult = actions.Single(a => HopClient.Text(a, "name") == "Load")!["result"]!;
        Assert.Equal(0, loadResult["nrErrors"]!.GetValue<long>());
        var log = Decode(HopClient.Text(json, "loggingString"));
        Assert.Contains("Workflow execution finished", log);
        Assert.DoesNotContain("Start of workflow execution", log);
        var dropped = System.Text.RegularExpressions.Regex.Match(html, "([0-9,]+) older lines dropped");
        Assert.True(dropped.Success, html);
        Assert.True(long.Parse(dropped.Groups[1].Value.Replace(",", string.Empty), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("data-live=\"false\"", html);
    }

    private async Task<JsonNode> WaitForLoadAsync(string id, Func<long, bool> condition)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await HopClient.StatusAsync(Client, ProgressServerFixture.Service, id);
            var load = status["pipelineStatuses"]!.AsArray()
                .FirstOrDefault(p => HopClient.Text(p, "pipelineName") == "load" && HopClient.Text(p, "statusDescription") == "Running");
            if (load is not null && load["transformStatusList"]!.AsArray().Count == 3 && condition(Written(load, "Generate rows")))
            {
                return load;
            }

            Assert.NotEqual("Finished", HopClient.Text(status, "statusDescription"));
            await Task.Delay(150, cancellation.Token);
        }
    }

    private static JsonObject Transform(JsonNode pipeline, string name) =>
        pipeline["transformStatusList"]!.AsArray().Single(t => HopClient.Text(t, "transformName") == name)!.AsObject();

    private static long Written(JsonNode pipeline, string transform) => Transform(pipeline, transform)["linesWritten"]!.GetValue<long>();

    private static string Decode(string encoded) => Orleans.AsyncHop.WebFront.Formatting.HopLogEncoding.Decode(encoded);
}
