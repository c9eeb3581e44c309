using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Cluster;

/// <summary>Finished runs leave memory, storage and the run list once Hop's object timeout has passed.</summary>
[Collection(ShortRetentionCollection.Name)]
public sealed class RetentionTests(ShortRetentionPostgresFixture fixture)
{
    [PostgresFact]
    public async Task FinishedRun_ExpiresAfterObjectTimeout()
    {
        var grains = fixture.Cluster.GrainFactory;
        var response = await grains.GetGrain<IAsyncServiceGrain>(TrivialWorkflow.ServiceName).StartAsync(
            new StartRunRequest(TrivialWorkflow.ServiceName, null, new Dictionary<string, string>(), null, new Dictionary<string, string>()));
        var id = response.ContainerId!;
        var run = await PostgresClusterTests.WaitForAsync(grains, id, s => s.State == RunState.Finished, TimeSpan.FromSeconds(30));
        var registry = grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey);
        var listedAtEnd = (await registry.ListAsync()).Any(r => r.ContainerId == id);
        var storedAtEnd = await StoredRowsAsync(id);

        // Hop's object timeout is one minute here, and the expiry reminder fires at most a watch period later.
        var timeout = run.EndDate!.Value + TimeSpan.FromMinutes(1);
        var untilJustBefore = timeout - TimeSpan.FromSeconds(5) - DateTimeOffset.UtcNow;
        if (untilJustBefore > TimeSpan.Zero)
        {
            await Task.Delay(untilJustBefore);
        }
        var storedJustBefore = await StoredRowsAsync(id);
        var deadline = timeout + TimeSpan.FromSeconds(30);
        while (await StoredRowsAsync(id) > 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(1000);
        }

        Assert.True(listedAtEnd);
        Assert.Equal(1, storedAtEnd);
        Assert.Equal(1, storedJustBefore);
        Assert.Equal(0, await StoredRowsAsync(id));
        Assert.Null(await grains.GetGrain<IWorkflowExecutionGrain>(id).GetStatusAsync());
        Assert.DoesNotContain(await registry.ListAsync(), r => r.ContainerId == id);
        Assert.Equal(0, await TestPostgres.CountAsync(
            "SELECT count(*) FROM orleansreminderstable WHERE serviceid = @service AND grainid LIKE @grain",
            ("service", fixture.ServiceId), ("grain", "%" + id)));
    }

    private Task<long> StoredRowsAsync(string id) => TestPostgres.CountAsync(
        "SELECT count(*) FROM orleansstorage WHERE serviceid = @service AND grainidextensionstring = @id",
        ("service", fixture.ServiceId), ("id", id));
}
