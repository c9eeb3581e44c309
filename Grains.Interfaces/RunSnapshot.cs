namespace Orleans.AsyncHop.Grains;

/// <summary>
/// The status of one run: what hop/asyncStatus, hop/workflowStatus and hop/status report. It is kept
/// small enough to persist on every state change; the log is fetched separately.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.RunSnapshot")]
public sealed record RunSnapshot(
    string ContainerId,
    string ServiceName,
    string WorkflowName,
    string LogChannelId,
    RunState State,
    string? ErrorDescription,
    DateTimeOffset? StartDate,
    DateTimeOffset? EndDate,
    IReadOnlyDictionary<string, string?> StatusVariables,
    IReadOnlyList<PipelineStatusRecord> PipelineStatuses,
    IReadOnlyList<ActionResultRecord> Actions,
    ResultRecord? Result,
    DateTimeOffset? QueuedDate = null);
