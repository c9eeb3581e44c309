using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Turning JSONPath results into rows: the field layout, transposition and value conversion.</summary>
public sealed partial class JsonInputTransform
{
    private bool includeNulls;
    private AdditionalFileFields fileFields = null!;

    /// <summary>The input fields (without a removed source field), the path fields, then file name and row number.</summary>
    private RowMeta BuildOutputMeta(RowMeta? inputMeta, int removedIndex = -1) =>
        BuildDocumentOutputMeta(inputMeta, removedIndex, fields.Select(f => f.Meta), fileFields);

    /// <summary>Writes the rows of one document; returns false when the row limit is reached.</summary>
    private async Task<bool> EmitDocumentAsync(
        JsonNode? document, RowMeta outputMeta, object?[] baseRow, string? fileName, CancellationToken cancellationToken)
    {
        var results = Evaluate(document);
        var rowCount = results.Count == 0 ? 0 : results[0].Count;
        var firstField = FirstValueField(outputMeta, fields.Count, fileFields);
        if (rowCount == 0)
        {
            return await EmitRowAsync(outputMeta, (object?[])baseRow.Clone(), firstField, fileName, cancellationToken);
        }

        for (var r = 0; r < rowCount; r++)
        {
            var row = (object?[])baseRow.Clone();
            var allNull = rowCount > 1 && !includeNulls;
            for (var f = 0; f < fields.Count; f++)
            {
                var node = r < results[f].Count ? results[f][r] : null;
                allNull &= node is null;
                row[firstField + f] = ConvertNode(fields[f].Meta, node);
            }

            if (allNull)
            {
                continue;
            }

            if (!await EmitRowAsync(outputMeta, row, firstField, fileName, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private List<List<JsonNode?>> Evaluate(JsonNode? document)
    {
        var results = new List<List<JsonNode?>>();
        var lastSize = -1;
        string? previousPath = null;
        foreach (var (_, path, _) in fields)
        {
            var result = path.Select(document, leafToNull);
            if (result.Count != lastSize && lastSize > 0 && result.Count != 0)
            {
                throw Failure(FormatPathsMismatch(path.Text, result.Count, previousPath!, lastSize));
            }

            if (!ignoreMissingPath && result.All(n => n is null))
            {
                throw Failure($"the JSON path '{path.Text}' was not found.");
            }

            results.Add(result);
            lastSize = result.Count;
            previousPath = path.Text;
        }

        return results;
    }

    private async Task<bool> EmitRowAsync(RowMeta outputMeta, object?[] row, int firstField, string? fileName, CancellationToken cancellationToken)
    {
        for (var f = 0; f < fields.Count; f++)
        {
            if (row[firstField + f] is null && fields[f].Repeat && previousValues is not null)
            {
                row[firstField + f] = previousValues[f];
            }
        }

        previousValues = row[firstField..(firstField + fields.Count)];
        rowNumber++;
        FillFileFields(row, firstField + fields.Count, fileName, rowNumber, fileFields);

        IncrementLinesInput();
        await PutRowAsync(outputMeta, row, cancellationToken);
        return Limit <= 0 || rowNumber < Limit;
    }

    /// <summary>Converts a matched node to the field's type: numbers directly, everything else through its text.</summary>
    private object? ConvertNode(ValueMeta meta, JsonNode? node)
    {
        if (node is null || node.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            if (meta.Type == HopValueType.Json)
            {
                return node.GetValueKind() == JsonValueKind.String ? JsonNode.Parse(node.GetValue<string>()) : node.DeepClone();
            }

            if (node.GetValueKind() == JsonValueKind.Number)
            {
                var raw = node.ToJsonString();
                switch (meta.Type)
                {
                    case HopValueType.Integer when JsonText.IsWholeNumber(raw):
                        return node.GetValue<long>();
                    case HopValueType.Number:
                        return node.GetValue<double>();
                    case HopValueType.BigNumber:
                        return node.GetValue<decimal>();
                }
            }

            return ValueConverter.FromString(meta, JsonText.ToText(node));
        }
        catch (Exception exception) when (exception is HopException or FormatException or InvalidOperationException or JsonException)
        {
            throw Failure($"the value {node.ToJsonString()} cannot be converted for field '{meta.Name}': {exception.Message}", exception);
        }
    }
}
