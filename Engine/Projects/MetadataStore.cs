using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>Hop metadata objects stored one per file as <c>&lt;folder&gt;/&lt;type&gt;/&lt;name&gt;.json</c>.</summary>
public sealed class MetadataStore(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>Returns the object's JSON, or null when no such object exists.</summary>
    public JsonObject? Find(string type, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder, type, name + ".json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new HopException($"Metadata file '{path}' does not contain a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new HopException($"Metadata file '{path}' is not valid JSON: {exception.Message}", exception);
        }
    }

    public IReadOnlyList<string> Names(string type)
    {
        var directory = Path.Combine(Folder, type);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList()
            : [];
    }
}
