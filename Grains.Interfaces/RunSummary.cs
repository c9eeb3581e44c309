namespace Orleans.AsyncHop.Grains;

/// <summary>One entry of the run list that hop/status shows.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.RunSummary")]
public sealed record RunSummary(
    string ContainerId,
    string ServiceName,
    string WorkflowName,
    RunState State,
    DateTimeOffset? StartDate,
    DateTimeOffset? EndDate);
