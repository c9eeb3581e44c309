using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Converting split lines into typed rows, with Hop's null, repeat and error options.</summary>
public sealed partial class TextFileInputTransform
{
    /// <summary>Converts and writes one line; returns false when the line was dropped because of an error.</summary>
    private async Task<bool> EmitLineAsync(
        List<SplitValue> values,
        string path,
        long lineNumber,
        long rowNumber,
        object?[]? passThrough,
        RowMeta? passThroughMeta,
        CancellationToken cancellationToken)
    {
        var row = new object?[outputMeta.Count];
        var index = 0;
        if (passThrough is not null)
        {
            Array.Copy(passThrough, row, Math.Min(passThrough.Length, passThroughMeta!.Count));
            index = passThroughMeta.Count;
        }

        var firstField = index;
        var failedFields = new List<string>();
        var failures = new List<string>();
        for (var i = 0; i < settings.Fields.Count; i++)
        {
            var field = settings.Fields[i];
            if (field.Ignore)
            {
                continue;
            }

            try
            {
                row[index] = Convert(field, i < values.Count ? values[i] : null);
            }
            catch (HopException exception)
            {
                failedFields.Add(field.Meta.Name);
                failures.Add(exception.Message);
                row[index] = null;
            }

            if (row[index] is null && field.Repeat && previousValues is not null)
            {
                row[index] = previousValues[index - firstField];
            }

            index++;
        }

        if (failures.Count > 0)
        {
            var description = $"line {lineNumber} of '{path}': {string.Join(" ", failures)}";
            if (settings.ErrorIgnored)
            {
                Log.Basic(Name, "Ignoring an error on " + description);
                if (settings.ErrorLineSkipped)
                {
                    return false;
                }
            }
            else if (HasErrorHandling)
            {
                await PutErrorAsync(outputMeta, row, failures.Count, description, string.Join(",", failedFields), "TFI001", cancellationToken);
                return false;
            }
            else
            {
                throw Failure(description);
            }
        }

        previousValues = row[firstField..index];
        if (settings.ErrorCountField is not null)
        {
            row[index++] = (long)failures.Count;
        }

        if (settings.ErrorFieldsField is not null)
        {
            row[index++] = failedFields.Count == 0 ? null : string.Join(",", failedFields);
        }

        if (settings.ErrorTextField is not null)
        {
            row[index++] = failures.Count == 0 ? null : string.Join(" ", failures);
        }

        if (settings.FileNameField is not null)
        {
            row[index++] = path;
        }

        if (settings.RowNumberField is not null)
        {
            row[index++] = rowNumber;
        }

        settings.FileFields.Fill(row, index, path);

        IncrementLinesInput();
        rowsWritten++;
        await PutRowAsync(outputMeta, row, cancellationToken);
        return true;
    }

    /// <summary>
    /// Converts one value: a value equal to the field's null string (ignoring case) is null, a null value
    /// takes the field's "if null" default, and an enclosed empty text field stays empty.
    /// </summary>
    private static object? Convert(TextInputField field, SplitValue? value)
    {
        var meta = field.Meta;
        if (value is { Enclosed: true, Text.Length: 0 } && meta.Type == HopValueType.String && field.IfNull is null)
        {
            return string.Empty;
        }

        var text = value?.Text;
        if (text is not null)
        {
            var trimmed = TrimTypes.Apply(meta.Trim, text);
            if (field.NullString is not null && trimmed.Equals(field.NullString, StringComparison.OrdinalIgnoreCase))
            {
                text = null;
            }
        }

        var converted = ValueConverter.FromString(meta, text);
        if (converted is null && field.IfNull is not null)
        {
            return ValueConverter.FromString(meta, field.IfNull);
        }

        return converted;
    }
}
