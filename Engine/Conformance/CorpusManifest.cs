using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Conformance;

/// <summary>One main workflow of the conformance corpus with its tier and the types its call graph uses.</summary>
public sealed record CorpusEntry(
    string Project,
    string Workflow,
    string Tier,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Transforms);

/// <summary>
/// The corpus's <c>manifest.json</c>: per project, its main workflows with tier (1, 2, 3 or X), the action
/// and transform types they reach, and the checks they make.
/// </summary>
public static class CorpusManifest
{
    public const string FileName = "manifest.json";

    public static IReadOnlyList<CorpusEntry> Load(string corpusFolder)
    {
        var path = Path.Combine(corpusFolder, FileName);
        if (!File.Exists(path))
        {
            throw new HopException($"The corpus manifest '{path}' does not exist.");
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new HopException($"The corpus manifest '{path}' does not contain a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new HopException($"The corpus manifest '{path}' is not valid JSON: {exception.Message}", exception);
        }

        var entries = new List<CorpusEntry>();
        foreach (var (project, node) in root)
        {
            foreach (var main in node?["mains"]?.AsArray() ?? [])
            {
                entries.Add(new CorpusEntry(
                    project,
                    main?["main"]?.GetValue<string>() ?? string.Empty,
                    main?["tier"]?.GetValue<string>() ?? "X",
                    Strings(main?["actions"]),
                    Strings(main?["transforms"])));
            }
        }

        return entries;
    }

    private static List<string> Strings(JsonNode? node) =>
        (node?.AsArray() ?? []).Select(n => n?.GetValue<string>() ?? string.Empty).Where(s => s.Length > 0).ToList();
}
