using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Readiness probe grain, placed on the silo that calls it so each silo checks its own path to storage.
/// It uses the run storage, so a failing store makes readiness fail.
/// </summary>
[PreferLocalPlacement]
public sealed class HealthProbeGrain(
    [PersistentState("probe", GrainStorageNames.Runs)] IPersistentState<HealthProbeState> state,
    ILocalSiloDetails silo) : Grain, IHealthProbeGrain
{
    public Task<string> PingAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(silo.SiloAddress.ToString());

    public async Task<string?> WriteAndReadAsync(string token, CancellationToken cancellationToken = default)
    {
        state.State.Token = token;
        await state.WriteStateAsync(cancellationToken);
        await state.ReadStateAsync(cancellationToken);
        return state.State.Token;
    }
}
