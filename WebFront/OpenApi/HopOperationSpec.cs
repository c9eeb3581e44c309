namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>
/// What the OpenAPI document says about one hop/* route: its query parameters, the content types of its
/// success body, the problem statuses it answers with and whether a posted body is read.
/// </summary>
public sealed record HopOperationSpec(
    string Description,
    IReadOnlyList<HopQueryParameter> Parameters,
    IReadOnlyList<string> SuccessContentTypes,
    IReadOnlyList<int> ProblemStatuses,
    bool ReadsBody = false,
    bool SuccessIsAsyncRun = false,
    bool SuccessIsAsyncStatus = false);
