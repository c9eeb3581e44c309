using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Builds the JSON object of one row: typed values, text values and JSON fragments.</summary>
public sealed partial class EnhancedJsonOutputTransform
{
    private void AddField(JsonObject item, int position, ValueMeta meta, object? value)
    {
        var field = fields[position];
        var putBlank = !field.RemoveIfBlank;
        JsonArray? values = null;
        if (singleItemPerGroup && !keyFieldPositions.Contains(position))
        {
            if (item[field.Element] is not JsonArray existing)
            {
                existing = [];
                item[field.Element] = existing;
            }

            values = existing;
            putBlank = false;
        }

        var node = ToNode(field, meta, value);
        if (field.Fragment && meta.Type is not (HopValueType.Boolean or HopValueType.Integer or HopValueType.Number
                or HopValueType.BigNumber))
        {
            if (node is null)
            {
                return;
            }

            if (field.WithoutEnclosing)
            {
                MergeInto(item, node, field);
                return;
            }
        }
        else if (node is null && !putBlank)
        {
            return;
        }

        if (values is null)
        {
            item[field.Element] = node;
        }
        else
        {
            values.Add(node);
        }
    }

    private JsonNode? ToNode(OutputField field, ValueMeta meta, object? value)
    {
        switch (meta.Type)
        {
            case HopValueType.Boolean:
            case HopValueType.Integer:
            case HopValueType.Number:
            case HopValueType.BigNumber:
                return TypedNode(meta, value);
        }

        var text = ValueConverter.ToText(meta, value);
        if (text is null)
        {
            return null;
        }

        if (!field.Fragment)
        {
            return JsonValue.Create(text);
        }

        try
        {
            return LenientJson.Parse(text, allowUnquotedFieldNames: false);
        }
        catch (JsonException exception)
        {
            throw Failure($"the value '{text}' of JSON fragment field '{field.Name}' is not valid JSON: {exception.Message}", exception);
        }
    }

    private void MergeInto(JsonObject item, JsonNode fragment, OutputField field)
    {
        if (fragment is not JsonObject source)
        {
            throw Failure($"the JSON fragment of field '{field.Name}' is not a JSON object, so it cannot be written without enclosing.");
        }

        foreach (var name in source.Select(p => p.Key).ToList())
        {
            var child = source[name];
            source.Remove(name);
            item[name] = child;
        }
    }

    // Booleans and numbers keep their JSON type, as Hop reads them with getBoolean, getInteger and so on.
    private static JsonNode? TypedNode(ValueMeta meta, object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create((long)i),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        _ => JsonValue.Create(ValueConverter.ToText(meta, value)),
    };
}
