using Microsoft.OpenApi;

namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>Schemas of the JSON bodies the hop/* routes answer with.</summary>
public static class HopSchemas
{
    public static OpenApiSchema AsyncRunResponse() => Object(
        ("name", "Name of the workflow that was started."),
        ("id", "Container id of the run; ask hop/asyncStatus with it."),
        ("logChannelId", "Log channel id of the workflow run."));

    public static OpenApiSchema AsyncStatus()
    {
        var schema = Object(
            ("service", "Name of the async web service."),
            ("id", "Container id of the run."),
            ("logDate", "When this status was taken (yyyy/MM/dd HH:mm:ss.SSS)."),
            ("startDate", "When the run started."),
            ("endDate", "When the run ended; null while it runs."),
            ("statusDescription", "Running, Finished, Finished (with errors), Stopped, ..."));
        schema.Properties!["statusVariables"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The service's status variables and their current values.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        };
        schema.Properties["pipelineStatuses"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Live status of the pipelines marked for async logging, with their transform counters.",
            Items = new OpenApiSchema { Type = JsonSchemaType.Object },
        };
        return schema;
    }

    public static OpenApiSchema Problem()
    {
        var schema = Object(
            ("type", "A URI for the problem type."),
            ("title", "Short summary of the problem."),
            ("detail", "What went wrong and how to fix the request."),
            ("field", "The request field at fault: a query parameter name, or Authorization."));
        schema.Properties!["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer };
        return schema;
    }

    public static string ProblemDescription(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "A required parameter is missing or invalid.",
        StatusCodes.Status401Unauthorized => "No or wrong credentials; the answer carries WWW-Authenticate: Basic realm=\"Hop\".",
        StatusCodes.Status404NotFound => "No such service, run or run configuration.",
        StatusCodes.Status409Conflict => "The service is disabled.",
        StatusCodes.Status500InternalServerError => "The service's workflow is missing, unreadable, invalid or outside the project home.",
        _ => "A problem.",
    };

    private static OpenApiSchema Object(params (string Name, string Description)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties.ToDictionary(
            p => p.Name,
            p => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String, Description = p.Description }),
    };
}
