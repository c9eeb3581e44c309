using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>
/// A static schema definition as stored in <c>metadata/schema-definition/&lt;name&gt;.json</c>: a named list of
/// typed fields. As in Hop, the format mask applies to numbers and dates only, and the decimal, grouping and
/// currency symbols to Number and BigNumber only.
/// </summary>
public sealed class SchemaDefinition
{
    public const string MetadataType = "schema-definition";

    public required string Name { get; init; }

    public required RowMeta Fields { get; init; }

    /// <summary>Loads and checks the named schema definition; every field needs a name and a type.</summary>
    public static SchemaDefinition Load(MetadataStore metadata, string name)
    {
        var json = metadata.Find(MetadataType, name)
            ?? throw new HopException(
                $"Schema definition '{name}' does not exist in {Path.Combine(metadata.Folder, MetadataType)}.");
        return Parse(json, name);
    }

    public static SchemaDefinition Parse(JsonObject json, string name)
    {
        var fields = new List<ValueMeta>();
        foreach (var field in json["fieldDefinitions"]?.AsArray() ?? [])
        {
            var fieldName = Text(field, "name");
            var type = HopValueTypes.Parse(Text(field, "hopType"));
            if (fieldName.Length == 0)
            {
                throw new HopException($"Schema definition '{name}' contains a field without a name.");
            }

            if (type == HopValueType.None)
            {
                throw new HopException($"Field '{fieldName}' of schema definition '{name}' has no valid type.");
            }

            var masked = type is HopValueType.Number or HopValueType.Integer or HopValueType.Date
                or HopValueType.BigNumber or HopValueType.Timestamp;
            var decimalType = type is HopValueType.Number or HopValueType.BigNumber;
            fields.Add(new ValueMeta(fieldName, type)
            {
                Length = Number(field, "length"),
                Precision = Number(field, "precision"),
                ConversionMask = masked ? NullIfEmpty(Text(field, "formatMask")) : null,
                RoundingMode = masked ? JavaRoundingModes.Parse(Text(field, "roundingType")) : JavaRoundingMode.HalfEven,
                DecimalSymbol = decimalType ? NullIfEmpty(Text(field, "decimalSymbol")) : null,
                GroupingSymbol = decimalType ? NullIfEmpty(Text(field, "groupingSymbol")) : null,
                CurrencySymbol = decimalType ? NullIfEmpty(Text(field, "currencySymbol")) : null,
                Trim = (TrimType)Math.Clamp(Number(field, "trimType", 0), 0, 3),
            });
        }

        return new SchemaDefinition { Name = name, Fields = new RowMeta(fields) };
    }

    private static string Text(JsonNode? node, string key) =>
        node?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

    private static int Number(JsonNode? node, string key, int fallback = -1) =>
        node?[key] is JsonValue value && value.TryGetValue<int>(out var number) ? number : fallback;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
