using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Variables;

/// <summary>Substitution of <c>#{name:path:key}</c> expressions through variable resolvers.</summary>
public sealed partial class VariableSpace
{
    private const string ResolverOpen = "#{";

    /// <summary>The resolvers of the project, copied to child spaces; null means none.</summary>
    public IVariableResolvers? Resolvers { get; set; }

    /// <summary>
    /// Replaces each <c>#{name:path:key}</c> with the named resolver's value for the path, or with the key's
    /// member of that value when it is a JSON object. As in Hop, substitution stops at the first expression
    /// whose resolver is unknown or returns nothing, and leaves the rest of the text as it is.
    /// </summary>
    private string SubstituteResolvers(string input)
    {
        if (Resolvers is not { } resolvers)
        {
            return input;
        }

        var resolved = input;
        var start = 0;
        while (start < resolved.Length)
        {
            var open = resolved.IndexOf(ResolverOpen, start, StringComparison.Ordinal);
            var close = open < 0 ? -1 : resolved.IndexOf('}', open);
            if (close < 0)
            {
                return resolved;
            }

            var body = resolved[(open + ResolverOpen.Length)..close];
            var colon = body.IndexOf(':');
            var name = colon >= 0 ? body[..colon] : body;
            var parts = (colon >= 0 ? body[(colon + 1)..] : string.Empty).Split(':');
            var key = parts.Length > 1 ? parts[1] : null;

            string? value;
            try
            {
                value = resolvers.Resolve(name, parts[0], this);
            }
            catch (HopException exception)
            {
                throw new HopException(
                    $"Error resolving variable '{input}' with variable resolver '{name}': {exception.Message}",
                    exception);
            }

            if (string.IsNullOrEmpty(value))
            {
                return resolved;
            }

            if (!string.IsNullOrEmpty(key))
            {
                value = JsonMember(value, key);
            }

            resolved = resolved[..open] + value + resolved[(close + 1)..];
            start = open + value.Length;
        }

        return resolved;
    }

    /// <summary>Returns the key's member of a JSON object as text, "" when absent, or the input when it is no object.</summary>
    private static string JsonMember(string json, string key)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject document)
            {
                return json;
            }

            return document[key] switch
            {
                null => string.Empty,
                JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
                var node => node.ToJsonString(),
            };
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
