namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>Serves the OpenAPI description of the hop/* API at <see cref="DocumentPath"/>, without authentication.</summary>
public static class OpenApiExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddHopOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer<HopDocumentTransformer>());

    public static IEndpointRouteBuilder MapHopOpenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi("/openapi/{documentName}.json");
        return routes;
    }
}
