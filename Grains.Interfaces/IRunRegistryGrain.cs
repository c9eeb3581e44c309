using Orleans.Concurrency;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// The list of known runs for hop/status. One instance (key <see cref="DefaultKey"/>) per cluster; run
/// grains report to it when they start, change state and are removed.
/// </summary>
public interface IRunRegistryGrain : IGrainWithStringKey
{
    const string DefaultKey = "runs";

    Task RegisterAsync(RunSummary summary, CancellationToken cancellationToken = default);

    Task UnregisterAsync(string containerId, CancellationToken cancellationToken = default);

    [AlwaysInterleave]
    Task<IReadOnlyList<RunSummary>> ListAsync(CancellationToken cancellationToken = default);
}
