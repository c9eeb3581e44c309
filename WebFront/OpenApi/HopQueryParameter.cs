using Microsoft.OpenApi;

namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>One query parameter of a hop/* route as the OpenAPI document describes it.</summary>
public sealed record HopQueryParameter(string Name, string Description, bool Required = false, JsonSchemaType Type = JsonSchemaType.String)
{
    /// <summary>Hop's flag parameters (xml, json): only Y or y switch them on.</summary>
    public static HopQueryParameter Flag(string name, string description) => new(name, description);
}
