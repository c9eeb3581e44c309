namespace Orleans.AsyncHop.Grains;

/// <summary>The outcome of a start request: the new run, or an error that says which input was wrong.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.StartRunResponse")]
public sealed record StartRunResponse(
    string? WorkflowName,
    string? ContainerId,
    string? LogChannelId,
    RunError? Error)
{
    public static StartRunResponse Failed(RunErrorKind kind, string field, string message) =>
        new(null, null, null, new RunError(kind, field, message));
}

/// <summary>Why a request could not be served, with the request field at fault.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.RunError")]
public sealed record RunError(RunErrorKind Kind, string Field, string Message);

/// <summary>Classes of request errors; the web front maps each to an HTTP status code.</summary>
[GenerateSerializer]
[Alias("AsyncHop.RunErrorKind")]
public enum RunErrorKind
{
    InvalidRequest = 0,
    NotFound = 1,
    Disabled = 2,
    InvalidWorkflow = 3,
    Conflict = 4,
}
