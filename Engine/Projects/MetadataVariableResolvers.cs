using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>
/// Variable resolvers stored as <c>variable-resolver</c> metadata of a project. Supports Hop's
/// <c>HopPassword</c> resolver and its pipeline resolver (<c>Variable-Resolver-Pipeline</c>).
/// </summary>
/// <param name="metadata">The project's metadata.</param>
/// <param name="runPipeline">
/// Runs a pipeline resolver with its settings, the expression and the variables; null when pipelines
/// cannot run here, which makes a pipeline resolver fail.
/// </param>
public sealed class MetadataVariableResolvers(
    MetadataStore metadata,
    Func<JsonObject, string, VariableSpace, string?>? runPipeline = null) : IVariableResolvers
{
    public const string MetadataType = "variable-resolver";

    /// <summary>Names of the resolvers running in this flow of calls, to stop a resolver that needs itself.</summary>
    private static readonly AsyncLocal<ImmutableHashSet<string>?> Active = new();

    public string? Resolve(string name, string path, VariableSpace variables)
    {
        if (metadata.Find(MetadataType, name)?["variable-resolver"] is not JsonObject plugin || plugin.Count == 0)
        {
            return null;
        }

        var active = Active.Value ?? ImmutableHashSet<string>.Empty;
        if (active.Contains(name))
        {
            throw new HopException($"Variable resolver '{name}' needs its own value to resolve '{path}', " +
                "so it would never finish; remove the #{...} expression from its settings or pipeline.");
        }

        Active.Value = active.Add(name);
        try
        {
            return ResolveWith(name, plugin, path, variables);
        }
        finally
        {
            Active.Value = active;
        }
    }

    private string? ResolveWith(string name, JsonObject plugin, string path, VariableSpace variables)
    {
        var (pluginId, settings) = plugin.First();
        var options = settings as JsonObject ?? [];
        return pluginId switch
        {
            "HopPassword" => ResolvePassword(name, options, path, variables),
            "Variable-Resolver-Pipeline" => runPipeline is { } run
                ? run(options, path, variables)
                : throw new HopException($"Variable resolver '{name}' needs a pipeline run, which is not available here."),
            _ => throw new HopException($"Variable resolver '{name}' has the unsupported type '{pluginId}'."),
        };
    }

    /// <summary>
    /// Decodes a Hop-encoded password given literally or, when resolving as a variable, named by the path
    /// (optionally written as <c>${NAME}</c>).
    /// </summary>
    private static string? ResolvePassword(string name, JsonObject options, string path, VariableSpace variables)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var encoded = path;
        if (Flag(options, "resolveAsVariable", true))
        {
            var variable = path.Trim();
            if (variable.StartsWith("${", StringComparison.Ordinal) && variable.EndsWith('}') && variable.Length > 3)
            {
                variable = variable[2..^1];
            }

            encoded = variables.Get(variable);
            if (encoded is null)
            {
                return Flag(options, "failIfVariableNotDefined", false)
                    ? throw new HopException($"Password variable '{variable}' is not defined (resolver '{name}').")
                    : null;
            }
        }

        return PasswordEncoders.DecodeOptionallyEncrypted(encoded, variables);
    }

    private static bool Flag(JsonObject options, string key, bool fallback) =>
        options[key] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;
}
