using Orleans.Concurrency;

namespace Orleans.AsyncHop.Grains;

/// <summary>One run of a workflow, keyed by its container id. The run goes on after the call that started it returns.</summary>
public interface IWorkflowExecutionGrain : IGrainWithStringKey
{
    /// <summary>Starts the run and returns once the workflow has started, with its name and log channel id.</summary>
    Task<StartRunResponse> StartAsync(RunDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Returns the current status, or null when no run has this id (never started or removed).</summary>
    [AlwaysInterleave]
    Task<RunSnapshot?> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns log lines numbered <paramref name="fromLine"/> and later, or null for an unknown run.</summary>
    [AlwaysInterleave]
    Task<LogPage?> GetLogAsync(long fromLine, CancellationToken cancellationToken = default);

    /// <summary>Requests a stop. Returns false when no run has this id.</summary>
    Task<bool> StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops the run if it is still going and forgets it. Returns false when no run has this id.</summary>
    Task<bool> RemoveAsync(CancellationToken cancellationToken = default);
}
