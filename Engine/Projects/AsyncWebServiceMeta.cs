using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>
/// An async web service metadata object (<c>metadata/async-web-service/NAME.json</c>) in Hop's own JSON shape.
/// </summary>
public sealed record AsyncWebServiceMeta(
    string Name,
    bool Enabled,
    string Filename,
    IReadOnlyList<string> StatusVariables,
    string BodyContentVariable,
    string HeaderContentVariable,
    string RunConfigurationName)
{
    public const string MetadataType = "async-web-service";
    public const string DefaultBodyContentVariable = "ASYNC_CONTENT";

    public static AsyncWebServiceMeta? Find(HopProject project, string name)
    {
        var json = project.Metadata.Find(MetadataType, name);
        return json is null ? null : FromJson(name, json);
    }

    /// <summary>
    /// Reads the object as Hop's JSON loader does: a missing <c>enabled</c> is false, a missing
    /// <c>bodyContentVariable</c> stays ASYNC_CONTENT, and unknown keys are ignored.
    /// </summary>
    public static AsyncWebServiceMeta FromJson(string name, JsonObject json)
    {
        var statusVariables = Text(json, "statusVariables")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new AsyncWebServiceMeta(
            name,
            json["enabled"] is JsonValue enabled && enabled.TryGetValue<bool>(out var isEnabled) && isEnabled,
            Text(json, "filename"),
            statusVariables,
            json.ContainsKey("bodyContentVariable") ? Text(json, "bodyContentVariable") : DefaultBodyContentVariable,
            Text(json, "headerContentVariable"),
            Text(json, "runConfigurationName"));
    }

    private static string Text(JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
