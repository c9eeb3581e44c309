using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Readiness probe grain, placed on the silo that calls it so each silo checks its own path to storage.
/// It holds no state of its own: each storage check reads, writes and reads back a tiny record in the run
/// storage, so a failing store fails the check without keeping the grain from answering pings.
/// </summary>
[PreferLocalPlacement]
public sealed class HealthProbeGrain(
    [FromKeyedServices(GrainStorageNames.Runs)] IGrainStorage storage,
    ILocalSiloDetails silo) : Grain, IHealthProbeGrain
{
    private const string StateName = "healthProbe";

    public Task<string> PingAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(silo.SiloAddress.ToString());

    public async Task<string?> WriteAndReadAsync(string token, CancellationToken cancellationToken = default)
    {
        var grainId = this.GetGrainId();
        var current = new GrainState<HealthProbeState>(new HealthProbeState());
        await storage.ReadStateAsync(StateName, grainId, current);

        current.State = new HealthProbeState { Token = token };
        await storage.WriteStateAsync(StateName, grainId, current);

        var readBack = new GrainState<HealthProbeState>(new HealthProbeState());
        await storage.ReadStateAsync(StateName, grainId, readBack);
        return readBack.State?.Token;
    }
}
