namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Everything a workflow execution grain needs to start a run: the workflow file inside the project,
/// the values for its parameters and variables, and the service's status variables.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.RunDefinition")]
public sealed record RunDefinition(
    string ServiceName,
    string WorkflowFile,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<string> StatusVariables,
    string? RunConfiguration);
