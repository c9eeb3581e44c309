using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Orleans.Runtime;
using Orleans.TestingHost;
using Xunit;
using Xunit.Abstractions;

namespace Orleans.AsyncHop.Server.Tests.Cluster;

/// <summary>Runs on a three-silo cluster whose membership, storage and reminders are in PostgreSQL.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class PostgresClusterTests(ThreeSiloPostgresFixture fixture, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    [PostgresFact]
    public async Task Run_AnswersThroughAnotherSilo()
    {
        var silos = fixture.Cluster.GetActiveSilos().ToList();
        var first = fixture.GrainsOf(silos[0]);
        var second = fixture.GrainsOf(silos[^1]);

        var response = await first.GetGrain<IAsyncServiceGrain>("dataload").StartAsync(
            new StartRunRequest("dataload", null, new Dictionary<string, string> { ["MAX"] = "25" }, "{}", NoHeaders));
        var run = await WaitForAsync(second, response.ContainerId!, s => IsEnded(s.State), TimeSpan.FromSeconds(60));
        var throughFirst = await first.GetGrain<IWorkflowExecutionGrain>(response.ContainerId!).GetStatusAsync();
        var listed = await WaitForListedEndAsync(second, response.ContainerId!, TimeSpan.FromSeconds(30));

        Assert.Null(response.Error);
        Assert.Equal(RunState.Finished, run.State);
        Assert.Equal("25", run.StatusVariables["ROWS_DONE"]);
        Assert.Equal(run.EndDate, throughFirst!.EndDate);
        Assert.Equal(RunState.Finished, listed.Single(r => r.ContainerId == response.ContainerId).State);
    }

    [PostgresFact]
    public async Task ManyRuns_NoneLostOrDuplicated()
    {
        const int runs = 300;
        var silos = fixture.Cluster.GetActiveSilos().ToList();
        var ids = new string[runs];
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForAsync(0, runs, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
        {
            var grains = fixture.GrainsOf(silos[i % silos.Count]);
            var response = await grains.GetGrain<IAsyncServiceGrain>(TrivialWorkflow.ServiceName).StartAsync(
                new StartRunRequest(TrivialWorkflow.ServiceName, null, new Dictionary<string, string>(), null, NoHeaders));
            ids[i] = response.ContainerId ?? throw new InvalidOperationException(response.Error?.Message);
        });
        await Parallel.ForAsync(0, runs, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
            await WaitForAsync(fixture.GrainsOf(silos[(i + 1) % silos.Count]), ids[i], s => IsEnded(s.State), TimeSpan.FromSeconds(120)));
        var elapsed = started.Elapsed;
        output.WriteLine($"{runs} runs started and finished in {elapsed.TotalSeconds:F1} s.");

        var listed = (await fixture.Cluster.GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey).ListAsync())
            .Where(r => ids.Contains(r.ContainerId)).ToList();
        var stored = await TestPostgres.CountAsync(
            "SELECT count(*) FROM orleansstorage WHERE serviceid = @service AND grainidextensionstring = ANY(@ids)",
            ("service", fixture.ServiceId), ("ids", ids));
        var expiries = await TestPostgres.CountAsync(
            "SELECT count(*) FROM orleansreminderstable WHERE serviceid = @service AND remindername = @name",
            ("service", fixture.ServiceId), ("name", WorkflowExecutionGrain.ExpiryReminderName));

        Assert.Equal(runs, ids.Distinct().Count());
        Assert.Equal(runs, listed.Count);
        Assert.All(listed, r => Assert.Equal(RunState.Finished, r.State));
        Assert.Equal(runs, stored);
        Assert.True(expiries >= runs, $"{expiries} expiry reminders for {runs} finished runs");
        Assert.True(elapsed < TimeSpan.FromSeconds(150), $"{runs} runs took {elapsed}");
    }

    [PostgresFact]
    public async Task StoppedOrKilledSilo_SettlesItsRuns()
    {
        var added = await fixture.Cluster.StartAdditionalSilosAsync(2);
        var stopped = added[0];
        var killed = added[1];
        var management = fixture.Cluster.GrainFactory.GetGrain<IManagementGrain>(0);
        var byHost = new Dictionary<SiloAddress, List<string>>();
        // New silos join the placement only after membership has spread, so runs are started until both
        // silos host one, for at most 60 seconds.
        using var placementDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        for (var attempt = 0; !placementDeadline.IsCancellationRequested && !(HostsRun(byHost, stopped) && HostsRun(byHost, killed) && byHost.Count > 2); attempt++)
        {
            if (attempt >= 20)
            {
                await Task.Delay(200);
            }

            var id = await StartSlowRunAsync(fixture.GrainsOf(attempt % 2 == 0 ? stopped : killed));
            var host = await management.GetActivationAddress(fixture.Cluster.GrainFactory.GetGrain<IWorkflowExecutionGrain>(id))
                ?? throw new InvalidOperationException($"Run {id} has no activation.");
            (byHost.TryGetValue(host, out var list) ? list : byHost[host] = []).Add(id);
        }

        Assert.True(HostsRun(byHost, stopped), "no run was placed on the silo to stop");
        Assert.True(HostsRun(byHost, killed), "no run was placed on the silo to kill");
        var survivors = byHost.Where(p => p.Key != stopped.SiloAddress && p.Key != killed.SiloAddress).SelectMany(p => p.Value).ToList();

        await fixture.Cluster.StopSiloAsync(stopped);
        await fixture.Cluster.KillSiloAsync(killed);
        var registry = fixture.Cluster.GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey);
        var bound = TimeSpan.FromSeconds(45);
        var afterStop = await WaitForListedAsync(registry, byHost[stopped.SiloAddress], bound);
        var afterKill = await WaitForListedAsync(registry, byHost[killed.SiloAddress], bound);
        var stoppedRun = await fixture.Cluster.GrainFactory.GetGrain<IWorkflowExecutionGrain>(byHost[stopped.SiloAddress][0]).GetStatusAsync();
        var killedRun = await fixture.Cluster.GrainFactory.GetGrain<IWorkflowExecutionGrain>(byHost[killed.SiloAddress][0]).GetStatusAsync();
        var others = await Task.WhenAll(survivors.Select(id => fixture.Cluster.GrainFactory.GetGrain<IWorkflowExecutionGrain>(id).GetStatusAsync()));
        foreach (var id in survivors)
        {
            await fixture.Cluster.GrainFactory.GetGrain<IWorkflowExecutionGrain>(id).RemoveAsync();
        }

        Assert.All(afterStop, s => Assert.Equal(RunState.StoppedWithErrors, s.State));
        Assert.All(afterKill, s => Assert.Equal(RunState.StoppedWithErrors, s.State));
        Assert.Contains("shut down", stoppedRun!.ErrorDescription, StringComparison.Ordinal);
        Assert.Contains("was lost", killedRun!.ErrorDescription, StringComparison.Ordinal);
        Assert.NotNull(killedRun.EndDate);
        Assert.All(others, s => Assert.True(s!.State is RunState.Running or RunState.Finished, $"a run on a surviving silo is {s.State}"));
    }

    private static bool HostsRun(Dictionary<SiloAddress, List<string>> byHost, SiloHandle silo) =>
        byHost.TryGetValue(silo.SiloAddress, out var runs) && runs.Count > 0;

    private static bool IsEnded(RunState state) => state is RunState.Finished or RunState.FinishedWithErrors
        or RunState.Stopped or RunState.StoppedWithErrors;

    private static async Task<string> StartSlowRunAsync(IGrainFactory grains)
    {
        var response = await grains.GetGrain<IAsyncServiceGrain>("slow").StartAsync(
            new StartRunRequest("slow", null, new Dictionary<string, string>(), null, NoHeaders));
        return response.ContainerId ?? throw new InvalidOperationException(response.Error?.Message);
    }

    /// <summary>Waits on the run list only, so nothing but the runs' own reminders can settle them.</summary>
    private static async Task<List<RunSummary>> WaitForListedAsync(IRunRegistryGrain registry, List<string> ids, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var listed = (await registry.ListAsync()).Where(r => ids.Contains(r.ContainerId)).ToList();
            if (listed.Count == ids.Count && listed.All(r => IsEnded(r.State)))
            {
                return listed;
            }

            if (cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"Runs still not ended after {timeout}: {string.Join(", ", listed.Select(r => $"{r.ContainerId}={r.State}"))}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Waits for the run list to show the run as ended. The run grain records its end in the list after its
    /// own status turns final, so the list can lag the status by a moment.
    /// </summary>
    private static async Task<IReadOnlyList<RunSummary>> WaitForListedEndAsync(IGrainFactory grains, string id, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var registry = grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey);
        while (true)
        {
            var listed = await registry.ListAsync();
            if (listed.Any(r => r.ContainerId == id && IsEnded(r.State)) || cancellation.IsCancellationRequested)
            {
                return listed;
            }

            await Task.Delay(100);
        }
    }

    internal static async Task<RunSnapshot> WaitForAsync(IGrainFactory grains, string id, Func<RunSnapshot, bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var grain = grains.GetGrain<IWorkflowExecutionGrain>(id);
        while (true)
        {
            var status = await grain.GetStatusAsync();
            if (status is not null && condition(status))
            {
                return status;
            }

            if (cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"Run {id} did not reach the expected state: {status?.State}");
            }

            await Task.Delay(100);
        }
    }
}
