using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Orleans.AsyncHop.Server.Tests.Cluster;

/// <summary>The real server executable as a PostgreSQL cluster: several silos and a front end on one machine.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed partial class PostgresServerTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task ClusterRestart_KeepsFinishedStatuses()
    {
        var home = TestProjects.CopySample();
        var arguments = ClusterArguments();
        var ids = new List<string>();
        var before = new Dictionary<string, string>();
        await using (var first = await SiloProcess.StartAsync(home, arguments))
        await using (var second = await SiloProcess.StartAsync(home, arguments))
        {
            for (var i = 0; i < 4; i++)
            {
                var started = await HopClient.StartAsync((i % 2 == 0 ? first : second).Client, $"service=dataload&MAX={10 + i}", "{\"n\": " + i + "}");
                ids.Add(HopClient.Text(started, "id"));
            }

            var slow = HopClient.Text(await HopClient.StartAsync(first.Client, "service=slow"), "id");
            await HopClient.WaitForStatusAsync(second.Client, "slow", slow, TimeSpan.FromSeconds(30), "Running");
            (await second.Client.GetAsync($"/hop/stopWorkflow?id={slow}")).EnsureSuccessStatusCode();
            ids.Add(slow);

            foreach (var id in ids)
            {
                var service = id == slow ? "slow" : "dataload";
                await HopClient.WaitForStatusAsync(second.Client, service, id, TimeSpan.FromSeconds(60), "Finished", "Stopped");
                before[id] = await AsyncStatusTextAsync(first.Client, service, id);
            }

            await first.StopAsync(TimeSpan.FromSeconds(60));
            await second.StopAsync(TimeSpan.FromSeconds(60));
        }

        await using var third = await SiloProcess.StartAsync(home, arguments);
        await using var fourth = await SiloProcess.StartAsync(home, arguments);
        await using var frontEnd = await SiloProcess.StartFrontEndAsync(arguments);
        foreach (var id in ids)
        {
            var service = id == ids[^1] ? "slow" : "dataload";
            Assert.Equal(before[id], await AsyncStatusTextAsync(third.Client, service, id));
            Assert.Equal(before[id], await AsyncStatusTextAsync(fourth.Client, service, id));
            Assert.Equal(before[id], await AsyncStatusTextAsync(frontEnd.Client, service, id));
        }

        Assert.Contains("\"statusDescription\" : \"Stopped\"", before[ids[^1]], StringComparison.Ordinal);
        Assert.All(ids.SkipLast(1), id => Assert.Contains("\"statusDescription\" : \"Finished\"", before[id], StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task KilledSilo_SettlesRunWithinBound()
    {
        var home = TestProjects.CopySample();
        var arguments = ClusterArguments();
        await using var doomed = await SiloProcess.StartAsync(home, arguments);
        var id = HopClient.Text(await HopClient.StartAsync(doomed.Client, "service=slow"), "id");
        await HopClient.WaitForStatusAsync(doomed.Client, "slow", id, TimeSpan.FromSeconds(30), "Running");
        await using var survivor = await SiloProcess.StartAsync(home, arguments);

        await doomed.KillAsync();
        var clock = Stopwatch.StartNew();
        var listed = await WaitForListedStatusAsync(survivor.Client, id, "Stopped (with errors)", SettleBound);
        var settledAfter = clock.Elapsed;
        output.WriteLine($"The killed silo's run was settled {settledAfter.TotalSeconds:F1} s after the kill.");
        var status = await HopClient.StatusAsync(survivor.Client, "slow", id);
        var workflow = JsonNode.Parse(await survivor.Client.GetStringAsync($"/hop/workflowStatus?id={id}&json=Y"));

        Assert.Equal("Stopped (with errors)", listed);
        Assert.Equal("Stopped (with errors)", HopClient.Text(status, "statusDescription"));
        Assert.Contains("was lost", HopClient.Text(workflow, "errorDescription"), StringComparison.Ordinal);
        Assert.True(settledAfter < SettleBound, $"settled after {settledAfter}");
    }

    /// <summary>Membership probe time plus the watch period, with room for a loaded machine.</summary>
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(60);

    private static string[] ClusterArguments()
    {
        var cluster = "t" + Guid.NewGuid().ToString("N")[..10];
        return
        [
            $"--ConnectionStrings:AsyncHop={TestPostgres.Require()}",
            $"--Orleans:ClusterId={cluster}",
            $"--Orleans:ServiceId={cluster}",
            "--Orleans:AdvertisedIPAddress=127.0.0.1",
            "--Orleans:Membership:ProbeTimeout=00:00:01",
            "--Orleans:Membership:NumMissedProbesLimit=2",
            "--Orleans:Membership:IAmAliveTablePublishTimeout=00:00:02",
            "--Orleans:ReminderOptions:MinimumReminderPeriod=00:00:01",
            "--Hop:Durability:WatchPeriod=00:00:03",
        ];
    }

    /// <summary>The hop/asyncStatus document with its logDate values (the time of the request) blanked.</summary>
    private static async Task<string> AsyncStatusTextAsync(HttpClient client, string service, string id)
    {
        var text = await client.GetStringAsync($"/hop/asyncStatus?service={service}&id={id}");
        return LogDate().Replace(text, "\"logDate\" : \"\"");
    }

    private static async Task<string> WaitForListedStatusAsync(HttpClient client, string id, string expected, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        string? current = null;
        while (!cancellation.IsCancellationRequested)
        {
            // Until the cluster has declared the dead silo dead, calls to grains it hosted fail.
            using var response = await client.GetAsync("/hop/status?json=Y", cancellation.Token);
            if (response.IsSuccessStatusCode)
            {
                var status = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellation.Token))!;
                current = status["workflowStatusList"]!.AsArray()
                    .FirstOrDefault(w => w?["id"]?.GetValue<string>() == id)?["statusDescription"]?.GetValue<string>();
                if (current == expected)
                {
                    return current;
                }
            }
            else
            {
                current = $"HTTP {(int)response.StatusCode}";
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Run {id} is still '{current}' after {timeout}.");
    }

    [GeneratedRegex("\"logDate\" : \"[^\"]*\"")]
    private static partial Regex LogDate();
}

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection
{
    public const string Name = "PostgresServer";
}
