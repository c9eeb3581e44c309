using System.Globalization;
using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// A compiled JSONPath expression in the Jayway syntax Hop uses: <c>$</c> (optional, as Jayway adds it),
/// <c>.name</c>, <c>['name']</c>, unions, <c>*</c>, <c>..</c> deep scan, indexes (negative from the end),
/// slices and <c>?()</c> filters. <see cref="Select"/> returns the matched nodes, where a null entry is a
/// JSON null (or, with <c>leafToNull</c>, a missing last property).
/// </summary>
public sealed class JsonPathQuery
{
    private readonly IReadOnlyList<JsonPathSegment> segments;

    private JsonPathQuery(string text, IReadOnlyList<JsonPathSegment> segments)
    {
        Text = text;
        this.segments = segments;
    }

    public string Text { get; }

    /// <summary>True when the path can select at most one node.</summary>
    public bool IsDefinite => segments.All(s => s.IsDefinite);

    public static JsonPathQuery Compile(string path)
    {
        var text = path.Trim();
        try
        {
            return new JsonPathQuery(path, JsonPathParser.Parse(text));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException
            or System.Text.Json.JsonException)
        {
            throw new HopException($"The JSON path '{path}' is invalid: {exception.Message}", exception);
        }
    }

    /// <summary>Returns the nodes the path selects from <paramref name="root"/>.</summary>
    public List<JsonNode?> Select(JsonNode? root, bool leafToNull = false)
    {
        var current = new List<JsonNode?> { root };
        for (var i = 0; i < segments.Count; i++)
        {
            var isLeaf = i == segments.Count - 1;
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                if (segments[i].DeepScan)
                {
                    foreach (var descendant in SelfAndDescendants(node))
                    {
                        Apply(segments[i], descendant, root, next, leafToNull: false);
                    }
                }
                else
                {
                    Apply(segments[i], node, root, next, isLeaf && leafToNull);
                }
            }

            current = next;
        }

        return current;
    }

    private static void Apply(JsonPathSegment segment, JsonNode? node, JsonNode? root, List<JsonNode?> output, bool leafToNull)
    {
        switch (segment.Kind)
        {
            case JsonPathStepKind.Property when node is JsonObject obj:
                foreach (var name in segment.Names)
                {
                    if (obj.TryGetPropertyValue(name, out var value))
                    {
                        output.Add(value);
                    }
                    else if (leafToNull)
                    {
                        output.Add(null);
                    }
                }

                break;
            case JsonPathStepKind.Wildcard when node is JsonObject obj:
                output.AddRange(obj.Select(p => p.Value));
                break;
            case JsonPathStepKind.Wildcard when node is JsonArray array:
                output.AddRange(array);
                break;
            case JsonPathStepKind.Index when node is JsonArray array:
                foreach (var index in segment.Indexes)
                {
                    var actual = index < 0 ? array.Count + index : index;
                    if (actual >= 0 && actual < array.Count)
                    {
                        output.Add(array[actual]);
                    }
                }

                break;
            case JsonPathStepKind.Slice when node is JsonArray array:
                AddSlice(segment, array, output);
                break;
            case JsonPathStepKind.Filter when node is JsonArray array:
                output.AddRange(array.Where(item => segment.Filter!.Matches(item, root)));
                break;
            case JsonPathStepKind.Filter when node is JsonObject obj:
                if (segment.Filter!.Matches(obj, root))
                {
                    output.Add(obj);
                }

                break;
        }
    }

    private static void AddSlice(JsonPathSegment segment, JsonArray array, List<JsonNode?> output)
    {
        var count = array.Count;
        var start = Normalize(segment.SliceStart ?? 0, count);
        var end = Normalize(segment.SliceEnd ?? count, count);
        for (var i = start; i < end; i += Math.Max(1, segment.SliceStep))
        {
            output.Add(array[i]);
        }
    }

    private static int Normalize(int index, int count) => Math.Clamp(index < 0 ? count + index : index, 0, count);

    private static IEnumerable<JsonNode?> SelfAndDescendants(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in SelfAndDescendants(child))
            {
                yield return descendant;
            }
        }
    }

    internal static int ParseInt(string text) => int.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
