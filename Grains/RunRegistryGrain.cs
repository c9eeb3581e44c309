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

        // A run reports from its start, its timer and its end. Those calls may arrive out of order, so a
        // report never takes a run back to an earlier stage.
        if (state.State.Runs.TryGetValue(summary.ContainerId, out var known) && (known == summary || Stage(summary.State) < Stage(known.State)))
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

    private static int Stage(RunState runState) => runState switch
    {
        RunState.Waiting => 0,
        RunState.Running or RunState.Halting => 1,
        _ => 2,
    };

    public Task<IReadOnlyList<RunSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunSummary>>(state.State.Runs.Values.OrderBy(r => r.StartDate).ToList());
}
