using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Turning the records of one document into rows: layout, record selection and value conversion.</summary>
public sealed partial class JsonNormalizeInputTransform
{
    // The field names may contain variables here, unlike in JSON input and Get data from XML.
    protected override string? FileNameField =>
        Settings.Flag("include") ? NullIfEmpty(Resolve(Settings.Tag("include_field"))) : null;

    protected override string? RowNumberField =>
        Settings.Flag("rownum") ? NullIfEmpty(Resolve(Settings.Tag("rownum_field"))) : null;

    /// <summary>The input fields (without a removed source field), the record fields, file name, row number and file details.</summary>
    private RowMeta BuildOutputMeta(RowMeta? inputMeta, int removedIndex) =>
        BuildDocumentOutputMeta(inputMeta, removedIndex, fields.Select(f => f.Meta), fileFields);

    /// <summary>Writes one row per record of the document; returns false when the row limit is reached.</summary>
    private async Task<bool> EmitDocumentAsync(
        JsonNode? document, RowMeta outputMeta, object?[]? inputRow, int removedIndex, string? fileName,
        CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return true;
        }

        var firstField = FirstValueField(outputMeta, fields.Count, fileFields);
        foreach (var record in SelectRecords(document))
        {
            var row = BaseRow(inputRow, removedIndex, outputMeta.Count);
            FillRecord(row, firstField, record);
            FillFileFields(row, firstField + fields.Count, fileName, rowNumber, fileFields);

            previousRow = row;
            IncrementLinesInput();
            await PutRowAsync(outputMeta, row, cancellationToken);
            rowNumber++;
            if (Limit > 0 && rowNumber > Limit)
            {
                return false;
            }
        }

        return true;
    }

    // Jayway returns a definite path's match as a one-element list, so a single array match stands for its elements.
    private List<JsonNode?> SelectRecords(JsonNode document)
    {
        var matches = recordPath.Select(document, leafToNull: true);
        return matches is [JsonArray array] ? [.. array] : matches;
    }

    private void FillRecord(object?[] row, int firstField, JsonNode? record)
    {
        Dictionary<string, JsonNode?> flat;
        try
        {
            flat = flattener.Flatten(record);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var (meta, path, repeat) = fields[i];
            if (!flat.TryGetValue(path, out var node) && !ignoreMissingField)
            {
                throw Failure($"the required flatten path '{path}' is missing in the record.");
            }

            var value = ConvertNode(meta, node);
            if (value is null && repeat && previousRow is not null)
            {
                value = previousRow[firstField + i];
            }

            row[firstField + i] = value;
        }
    }

    /// <summary>Converts a value as Hop does: through its text, where strings lose their quotes and other values are compact JSON.</summary>
    private object? ConvertNode(ValueMeta meta, JsonNode? node)
    {
        if (node is null || node.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        var text = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : JacksonWriter.Write(node, pretty: false);
        try
        {
            return ValueConverter.FromString(meta, text);
        }
        catch (HopException exception)
        {
            throw Failure($"the value '{text}' cannot be converted for field '{meta.Name}': {exception.Message}", exception);
        }
    }

    private static object?[] BaseRow(object?[]? row, int removedIndex, int size)
    {
        var result = new object?[size];
        if (row is null)
        {
            return result;
        }

        var target = 0;
        for (var i = 0; i < row.Length && target < size; i++)
        {
            if (i == removedIndex)
            {
                continue;
            }

            result[target++] = row[i];
        }

        return result;
    }
}
