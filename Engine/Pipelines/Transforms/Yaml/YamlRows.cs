using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Yaml;

/// <summary>
/// One field of YAML input: its output meta, JSONPath (a path without <c>$</c> is taken from the root) and
/// trimming of text values.
/// </summary>
internal sealed record YamlField(ValueMeta Meta, string Path, TrimType Trim)
{
    public JsonPathQuery Query { get; } = JsonPathQuery.Compile(Path.StartsWith('$') ? Path : "$." + Path);

    /// <summary>The query for an element of a top-level list: a leading <c>$[*]</c> means the element itself.</summary>
    public JsonPathQuery ElementQuery { get; } = JsonPathQuery.Compile(
        Path.StartsWith("$[*]", StringComparison.Ordinal) ? "$" + Path[4..] : Path.StartsWith('$') ? Path : "$." + Path);
}

/// <summary>
/// Turns YAML documents into rows as Hop's YAML input does. Each field's path is read from a mapping
/// document. A path that matches a list gives one row per element, and a field with a single value is
/// repeated on each of those rows. A document that is a list gives rows per element: mappings are read
/// with the paths, scalars fill the first field.
/// </summary>
internal static class YamlRows
{
    public static IEnumerable<object?[]> Read(JsonNode? document, IReadOnlyList<YamlField> fields)
    {
        if (document is JsonArray list)
        {
            foreach (var element in list)
            {
                if (element is JsonObject)
                {
                    foreach (var row in FromPaths(element, fields, elementOfList: true))
                    {
                        yield return row;
                    }
                }
                else if (fields.Count > 0)
                {
                    var row = new object?[fields.Count];
                    row[0] = Value(element, fields[0]);
                    yield return row;
                }
            }

            yield break;
        }

        foreach (var row in FromPaths(document, fields, elementOfList: false))
        {
            yield return row;
        }
    }

    private static IEnumerable<object?[]> FromPaths(JsonNode? root, IReadOnlyList<YamlField> fields, bool elementOfList)
    {
        var columns = fields.Select(f => Select(root, elementOfList ? f.ElementQuery : f.Query)).ToList();
        var rowCount = Math.Max(1, columns.Count == 0 ? 1 : columns.Max(c => c.Count));
        for (var index = 0; index < rowCount; index++)
        {
            var row = new object?[fields.Count];
            for (var column = 0; column < fields.Count; column++)
            {
                var values = columns[column];
                row[column] = Value(Pick(values, index, rowCount), fields[column]);
            }

            yield return row;
        }
    }

    /// <summary>Picks the value of a row: a single value serves every row, a shorter column gives null.</summary>
    private static JsonNode? Pick(List<JsonNode?> values, int index, int rowCount)
    {
        if (values.Count == 1 && rowCount > 1)
        {
            return values[0];
        }

        return index < values.Count ? values[index] : null;
    }

    /// <summary>Reads a path; a single list result is spread into its elements, and nothing found is one null.</summary>
    private static List<JsonNode?> Select(JsonNode? root, JsonPathQuery query)
    {
        if (root is null)
        {
            return [null];
        }

        var found = query.Select(root, leafToNull: true);
        if (query.IsDefinite && found.Count == 1 && found[0] is JsonArray array)
        {
            found = [.. array];
        }

        return found.Count == 0 ? [null] : found;
    }

    private static object? Value(JsonNode? node, YamlField field)
    {
        if (node is null)
        {
            return null;
        }

        var meta = field.Meta;
        return meta.Type switch
        {
            HopValueType.Integer => node is JsonValue v && v.TryGetValue<long>(out var l) ? l : ParseOrFail(node, meta),
            HopValueType.Number => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : ParseOrFail(node, meta),
            HopValueType.BigNumber => node.GetValueKind() == JsonValueKind.Number ? decimal.Parse(Text(node), NumberStyles.Float, CultureInfo.InvariantCulture) : null,
            HopValueType.Boolean when node is JsonValue v && v.TryGetValue<bool>(out var b) => b,
            HopValueType.Boolean or HopValueType.Date or HopValueType.Timestamp => ValueConverter.FromString(meta, Text(node)),
            HopValueType.Binary => Encoding.UTF8.GetBytes(Text(node)),
            _ => Trim(Text(node), field.Trim),
        };
    }

    private static object? ParseOrFail(JsonNode node, ValueMeta meta)
    {
        var text = Text(node);
        try
        {
            return meta.Type == HopValueType.Integer
                ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new HopException($"field '{meta.Name}': the YAML value '{text}' is not a valid {HopValueTypes.Name(meta.Type)}.");
        }
        catch (OverflowException)
        {
            throw new HopException($"field '{meta.Name}': the YAML value '{text}' is out of range for {HopValueTypes.Name(meta.Type)}.");
        }
    }

    /// <summary>
    /// Renders a node as Hop renders YAML values as text: Java's text of scalars, mappings as
    /// <c>{key:  value,key:  value}</c> and lists in YAML flow style.
    /// </summary>
    public static string Text(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "null";
            case JsonObject map when map.Count > 0:
                return "{" + string.Join(",", map.Select(p => p.Key + ":  " + Text(p.Value))) + "}";
            case JsonObject:
                return "{}";
            case JsonArray list:
                return "[" + string.Join(", ", list.Select(Text)) + "]";
            default:
                var value = node.AsValue();
                if (value.TryGetValue<string>(out var text))
                {
                    return text;
                }

                if (value.TryGetValue<bool>(out var flag))
                {
                    return flag ? "true" : "false";
                }

                if (value.TryGetValue<long>(out var integer))
                {
                    return integer.ToString(CultureInfo.InvariantCulture);
                }

                return value.TryGetValue<double>(out var number)
                    ? JavaValueText.DoubleToString(number)
                    : value.ToJsonString();
        }
    }

    private static string Trim(string text, TrimType trim) => trim switch
    {
        TrimType.Left => text.TrimStart(),
        TrimType.Right => text.TrimEnd(),
        TrimType.Both => text.Trim(),
        _ => text,
    };
}
