using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Orleans.AsyncHop.WebFront.Endpoints;

namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>
/// Completes the generated document for the hop/* routes, whose handlers read the query themselves: the
/// query parameters, the real response content types, the problem responses and basic authentication.
/// Each route is listed under its plain path; the trailing segments Hop also accepts are left out.
/// </summary>
public sealed class HopDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BasicScheme = "basic";
    public const string ProblemContentType = "application/problem+json";
    private const string CatchAllSuffix = "/{rest}";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "Orleans.AsyncHop: Apache Hop Server's async web service";
        document.Info.Description = "Hop Server's hop/* URLs. Success bodies are Hop's own; errors are RFC 9457 problems naming the field.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = BasicScheme,
            Description = "The Hop server's user name and password (realm \"Hop\").",
        };

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            var plain = path.EndsWith(CatchAllSuffix, StringComparison.Ordinal) ? path[..^CatchAllSuffix.Length] : path;
            if (plain.StartsWith(HopRoutes.Prefix + "/", StringComparison.Ordinal) && item is OpenApiPathItem pathItem)
            {
                DescribeHopPath(document, pathItem);
            }

            paths[plain] = item;
        }

        document.Paths = paths;
        return Task.CompletedTask;
    }

    private static void DescribeHopPath(OpenApiDocument document, OpenApiPathItem item)
    {
        foreach (var (method, operation) in item.Operations ?? [])
        {
            var name = operation.OperationId ?? string.Empty;
            operation.OperationId = name + char.ToUpperInvariant(method.Method[0]) + method.Method[1..].ToLowerInvariant();
            operation.Parameters = operation.Parameters?.Where(p => p.In != ParameterLocation.Path).ToList();
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BasicScheme, document)] = [] }];
            if (!HopOperationCatalog.Operations.TryGetValue(name, out var spec))
            {
                operation.Responses ??= [];
                operation.Responses[Status(StatusCodes.Status401Unauthorized)] = ProblemResponse(StatusCodes.Status401Unauthorized);
                continue;
            }

            operation.Description = spec.Description;
            operation.Parameters = [.. spec.Parameters.Select(ToParameter)];
            if (spec.ReadsBody && (method == HttpMethod.Post || method == HttpMethod.Put))
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = false,
                    Description = "Any text; it is handed to the workflow in the service's content variable.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchema() },
                        ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        ["application/x-www-form-urlencoded"] = new() { Schema = StringMap() },
                    },
                };
            }

            operation.Responses = BuildResponses(spec);
        }
    }

    private static OpenApiResponses BuildResponses(HopOperationSpec spec)
    {
        var success = new OpenApiResponse { Description = "OK", Content = new Dictionary<string, OpenApiMediaType>() };
        foreach (var type in spec.SuccessContentTypes)
        {
            var schema = type == HopRoutes.JsonContentType
                ? spec.SuccessIsAsyncRun ? HopSchemas.AsyncRunResponse() : spec.SuccessIsAsyncStatus ? HopSchemas.AsyncStatus() : new OpenApiSchema { Type = JsonSchemaType.Object }
                : new OpenApiSchema { Type = JsonSchemaType.String };
            success.Content[type] = new OpenApiMediaType { Schema = schema };
        }

        var responses = new OpenApiResponses { ["200"] = success };
        foreach (var status in spec.ProblemStatuses.Append(StatusCodes.Status401Unauthorized))
        {
            responses[Status(status)] = ProblemResponse(status);
        }

        return responses;
    }

    private static OpenApiResponse ProblemResponse(int status) => new()
    {
        Description = HopSchemas.ProblemDescription(status),
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemContentType] = new() { Schema = HopSchemas.Problem() } },
    };

    private static string Status(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static OpenApiParameter ToParameter(HopQueryParameter parameter) => new()
    {
        Name = parameter.Name,
        In = ParameterLocation.Query,
        Required = parameter.Required,
        Description = parameter.Description,
        Schema = new OpenApiSchema { Type = parameter.Type },
    };

    private static OpenApiSchema StringMap() => new()
    {
        Type = JsonSchemaType.Object,
        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
