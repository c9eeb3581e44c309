using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>RFC 9457 problem responses that name the request field at fault.</summary>
public static class HopProblems
{
    public const string FieldExtension = "field";

    public static ProblemHttpResult Create(int statusCode, string title, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: statusCode, title: title, extensions: new Dictionary<string, object?> { [FieldExtension] = field });

    public static ProblemHttpResult MissingParameter(string field, string detail) =>
        Create(StatusCodes.Status400BadRequest, $"Missing parameter '{field}'", field, detail);

    public static ProblemHttpResult UnknownRun(string field, string value) =>
        Create(StatusCodes.Status404NotFound, "Run not found", field, $"No run with {field} '{value}' is known to this server; it may have been removed.");

    public static ProblemHttpResult FromRunError(RunError error) => error.Kind switch
    {
        RunErrorKind.InvalidRequest => Create(StatusCodes.Status400BadRequest, "Invalid request", error.Field, error.Message),
        RunErrorKind.NotFound => Create(StatusCodes.Status404NotFound, "Not found", error.Field, error.Message),
        RunErrorKind.Disabled => Create(StatusCodes.Status409Conflict, "Service disabled", error.Field, error.Message),
        RunErrorKind.Conflict => Create(StatusCodes.Status409Conflict, "Conflict", error.Field, error.Message),
        _ => Create(StatusCodes.Status500InternalServerError, "Workflow cannot be started", error.Field, error.Message),
    };
}
