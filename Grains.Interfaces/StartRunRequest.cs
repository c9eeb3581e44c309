namespace Orleans.AsyncHop.Grains;

/// <summary>
/// A request to start an async web service: every query parameter except <c>service</c>, the posted
/// body and the request headers, as Hop's asyncRun servlet receives them.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.StartRunRequest")]
public sealed record StartRunRequest(
    string ServiceName,
    string? RunConfiguration,
    IReadOnlyDictionary<string, string> Parameters,
    string? Body,
    IReadOnlyDictionary<string, string> Headers);
