namespace Orleans.AsyncHop.Grains;

/// <summary>A snapshot of a pipeline marked for async logging, as hop/asyncStatus reports it.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.PipelineStatusRecord")]
public sealed record PipelineStatusRecord(
    string Id,
    string PipelineName,
    RunState State,
    string? ErrorDescription,
    DateTimeOffset LogDate,
    DateTimeOffset? ExecutionStartDate,
    DateTimeOffset? ExecutionEndDate,
    IReadOnlyList<TransformStatusRecord> Transforms,
    string LogText);
