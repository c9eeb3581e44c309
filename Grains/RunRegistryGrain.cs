namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Keeps the list of runs that hop/status shows, persisted so it survives restarts. Finished runs leave it
/// when their object timeout expires, so the stored list is bounded by the runs of one retention period.
/// </summary>
public sealed class RunRegistryGrain(
    [PersistentState("registry", GrainStorageNames.Runs)] IPersistentState<RunRegistryState> state) : Grain, IRunRegistryGrain
{
    public async Task RegisterAsync(RunSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (state.State.Runs.TryGetValue(summary.ContainerId, out var known) && known == summary)
        {
            return;
        }

        state.State.Runs[summary.ContainerId] = summary;
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task UnregisterAsync(string containerId, CancellationToken cancellationToken = default)
    {
        if (state.State.Runs.Remove(containerId))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public Task<IReadOnlyList<RunSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunSummary>>(state.State.Runs.Values.OrderBy(r => r.StartDate).ToList());
}
