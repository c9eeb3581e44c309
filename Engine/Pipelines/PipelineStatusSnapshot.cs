using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>A point-in-time view of a running or finished pipeline, with one entry per transform copy.</summary>
public sealed record PipelineStatusSnapshot(
    string Id,
    string PipelineName,
    ExecutionStatus Status,
    string? ErrorDescription,
    DateTimeOffset SnapshotTime,
    DateTimeOffset? ExecutionStartDate,
    DateTimeOffset? ExecutionEndDate,
    IReadOnlyList<TransformStatusSnapshot> Transforms,
    string LogText)
{
    public string StatusDescription => ExecutionStatuses.Describe(Status);
}
