using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>hop/workflowStatus, hop/stopWorkflow, hop/removeWorkflow and hop/status against the real server.</summary>
[Collection(ServerCollection.Name)]
public sealed class WorkflowControlTests(ServerFixture fixture)
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task StopWorkflow_RunningRun_EndsStopped()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, "service=slow"), "id");
        var running = await HopClient.WaitForStatusAsync(Client, "slow", id, TimeSpan.FromSeconds(30), "Running");
        await WaitForVariableAsync("slow", id, "STAGE", "waiting");

        using var stop = await Client.GetAsync($"/hop/stopWorkflow?name=slow&id={id}&xml=Y");
        var body = await stop.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal("running", running["statusDescription"]!.GetValue<string>().ToLowerInvariant());
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<webresult>\n  <result>OK</result>\n  <message>Workflow [slow] stop requested.</message>\n  <id/>\n</webresult>\n\n",
            body);
        var stopped = await HopClient.WaitForStatusAsync(Client, "slow", id, TimeSpan.FromSeconds(10), "Stopped", "Stopped (with errors)");
        Assert.Equal("Stopped", HopClient.Text(stopped, "statusDescription"));
        Assert.NotNull(stopped["endDate"]);
    }

    [Fact]
    public async Task RemoveWorkflow_RunningRun_IsForgotten()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, "service=slow"), "id");
        await HopClient.WaitForStatusAsync(Client, "slow", id, TimeSpan.FromSeconds(30), "Running");

        using var remove = await Client.GetAsync($"/hop/removeWorkflow?id={id}&json=Y");
        var removed = JsonNode.Parse(await remove.Content.ReadAsStringAsync())!;
        using var status = await Client.GetAsync($"/hop/asyncStatus?service=slow&id={id}");
        var list = JsonNode.Parse(await Client.GetStringAsync("/hop/status?json=Y"))!;

        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Equal("OK", HopClient.Text(removed, "result"));
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.DoesNotContain(list["workflowStatusList"]!.AsArray(), w => HopClient.Text(w, "id") == id);
    }

    [Fact]
    public async Task WorkflowStatus_FinishedRun_InJsonXmlAndHtml()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, "service=dataload&MAX=5"), "id");
        await HopClient.WaitForStatusAsync(Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");

        var byId = JsonNode.Parse(await Client.GetStringAsync($"/hop/workflowStatus?id={id}&json=Y"))!;
        var byNameAndId = JsonNode.Parse(await Client.GetStringAsync($"/hop/workflowStatus?name=dataload&id={id}&json=Y"))!;
        var xml = await Client.GetStringAsync($"/hop/workflowStatus?name=dataload&id={id}&xml=Y");
        var html = await Client.GetStringAsync($"/hop/getWorkflowStatus?name=dataload&id={id}");

        Assert.Null(byId["workflowName"]);
        Assert.Equal("dataload", HopClient.Text(byNameAndId, "workflowName"));
        Assert.Equal("Finished", HopClient.Text(byNameAndId, "statusDescription"));
        Assert.True(byNameAndId["finished"]!.GetValue<bool>());
        Assert.True(byNameAndId["result"]!["result"]!.GetValue<bool>());
        var actions = byNameAndId["actionStatusList"]!.AsArray();
        Assert.Contains(actions, a => HopClient.Text(a, "name") == "Generate rows" && HopClient.Text(a, "status") == "FINISHED");
        Assert.Contains("Starting action [Generate rows]", Decode(HopClient.Text(byNameAndId, "loggingString")));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workflow-status>\n  <workflowname>dataload</workflowname>\n", xml);
        Assert.Contains("<status_desc>Finished</status_desc>", xml);
        Assert.Contains("<logging_string>&lt;![CDATA[H4sI", xml);
        Assert.Contains("Workflow status", html);
        Assert.Contains("Generate rows", html);
    }

    [Fact]
    public async Task WorkflowStatus_FromLine_ReturnsOnlyLaterLines()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, "service=dataload&MAX=5"), "id");
        await HopClient.WaitForStatusAsync(Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished");
        var all = JsonNode.Parse(await Client.GetStringAsync($"/hop/workflowStatus?id={id}&json=Y"))!;
        var last = all["lastLoggingLineNr"]!.GetValue<long>();

        var tail = JsonNode.Parse(await Client.GetStringAsync($"/hop/workflowStatus?id={id}&json=Y&from={last - 1}"))!;

        Assert.Equal(last - 1, tail["firstLoggingLineNr"]!.GetValue<long>());
        Assert.Single(Decode(HopClient.Text(tail, "loggingString")).TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Status_ListsRunsUnderServiceName()
    {
        var id = HopClient.Text(await HopClient.StartAsync(Client, "service=dataload&MAX=1"), "id");

        var status = JsonNode.Parse(await Client.GetStringAsync("/hop/status?json=Y"))!;
        var xml = await Client.GetStringAsync("/hop/status/?xml=Y");

        Assert.Equal("Online", HopClient.Text(status, "statusDescription"));
        Assert.Contains(status["workflowStatusList"]!.AsArray(), w => HopClient.Text(w, "id") == id && HopClient.Text(w, "workflowName") == "dataload");
        Assert.Contains($"<id>{id}</id>", xml);
    }

    private async Task WaitForVariableAsync(string service, string id, string name, string value)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await HopClient.StatusAsync(Client, service, id))["statusVariables"]?[name]?.GetValue<string>() != value)
        {
            await Task.Delay(100, cancellation.Token);
        }
    }

    private static string Decode(string encoded)
    {
        var bytes = Convert.FromBase64String(encoded.Replace("\r\n", string.Empty));
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
