using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Where a unit test attaches a data set to a transform: the rows it injects (input) or the rows it
/// expects the transform to receive (golden), with the field mapping and the sort order.
/// </summary>
public sealed record UnitTestLocation(
    string TransformName,
    string DataSetName,
    IReadOnlyList<(string TransformField, string DataSetField)> FieldMappings,
    IReadOnlyList<string> FieldOrder)
{
    public static UnitTestLocation Read(JsonNode? node)
    {
        var mappings = (node?["field_mappings"]?.AsArray() ?? [])
            .Select(m => (Text(m, "transform_field"), Text(m, "data_set_field")))
            .ToList();
        var order = (node?["field_order"]?.AsArray() ?? [])
            .Select(o => o?.GetValue<string>() ?? string.Empty)
            .ToList();
        return new UnitTestLocation(Text(node, "transform_name"), Text(node, "data_set_name"), mappings, order);
    }

    /// <summary>True when the first sort field is set: only then are both sides sorted before comparing.</summary>
    public bool HasSortOrder => FieldOrder.Count > 0 && !string.IsNullOrEmpty(FieldOrder[0]);

    /// <summary>The transform field mapped to a data set field, or null when none is.</summary>
    public string? FindTransformField(string dataSetField) =>
        FieldMappings.Where(m => m.DataSetField.Equals(dataSetField, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.TransformField)
            .FirstOrDefault();

    internal static string Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
