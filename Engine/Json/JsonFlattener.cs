using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// Flattens one JSON record into a map from joined key paths to values, in the style of pandas'
/// json_normalize as Hop's JSON normalize transform does it. Nested objects add their keys to the path with
/// the separator, up to a maximum depth (negative for unlimited). Arrays are kept whole (STRINGIFY), unwrapped
/// when they have at most one element (SINGLE_ELEMENT) or rejected when not empty (ERROR). A record that is
/// not an object is stored under the path "_".
/// </summary>
public sealed class JsonFlattener(string separator, int maxDepth, string arrayHandling, string beyondDepth)
{
    public const string Stringify = "STRINGIFY";
    public const string SingleElement = "SINGLE_ELEMENT";
    public const string Error = "ERROR";
    public const string Omit = "OMIT";

    /// <summary>
    /// Returns the flattened values; a key that is present with a JSON null maps to null. Throws
    /// <see cref="HopException"/> when an array or a depth limit is hit in ERROR mode.
    /// </summary>
    public Dictionary<string, JsonNode?> Flatten(JsonNode? record)
    {
        var output = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (record is null || record.GetValueKind() == JsonValueKind.Null)
        {
            return output;
        }

        if (record is not JsonObject node)
        {
            output["_"] = record;
            return output;
        }

        FlattenObject(node, string.Empty, 0, output);
        return output;
    }

    private void FlattenObject(JsonObject node, string prefix, int depth, Dictionary<string, JsonNode?> output)
    {
        foreach (var property in node)
        {
            var path = prefix.Length == 0 ? property.Key : prefix + separator + property.Key;
            FlattenValue(property.Value, path, depth, output);
        }
    }

    private void FlattenValue(JsonNode? value, string path, int depth, Dictionary<string, JsonNode?> output)
    {
        switch (value)
        {
            case JsonArray array:
                FlattenArray(array, path, depth, output);
                break;
            case JsonObject node when maxDepth >= 0 && depth >= maxDepth:
                AddBeyondDepth(node, path, output);
                break;
            case JsonObject node:
                FlattenObject(node, path, depth + 1, output);
                break;
            default:
                output[path] = value;
                break;
        }
    }

    private void FlattenArray(JsonArray array, string path, int depth, Dictionary<string, JsonNode?> output)
    {
        if (arrayHandling == Error)
        {
            if (array.Count > 0)
            {
                throw new HopException($"Array not allowed at path '{path}' when array handling is ERROR.");
            }

            output[path] = null;
            return;
        }

        if (arrayHandling == SingleElement)
        {
            if (array.Count > 1)
            {
                throw new HopException(
                    $"Array at path '{path}' has {array.Count} elements; SINGLE_ELEMENT handling allows at most one.");
            }

            if (array.Count == 0)
            {
                output[path] = null;
                return;
            }

            FlattenValue(array[0], path, depth, output);
            return;
        }

        output[path] = array;
    }

    private void AddBeyondDepth(JsonObject node, string path, Dictionary<string, JsonNode?> output)
    {
        if (beyondDepth == Omit)
        {
            return;
        }

        if (beyondDepth == Error)
        {
            throw new HopException($"Nested object at path '{path}' exceeds the maximum flatten depth (ERROR mode).");
        }

        output[path] = node;
    }
}
