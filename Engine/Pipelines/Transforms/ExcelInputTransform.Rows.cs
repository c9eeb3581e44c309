using Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Turning the rows of one sheet into output rows, with Hop's empty-row, type and error rules.</summary>
public sealed partial class ExcelInputTransform
{
    /// <summary>Reads one sheet from its start row; returns false when the row limit is reached.</summary>
    private async Task<bool> ReadSheetAsync(string path, ISpreadsheetSheet sheet, ExcelInputSheet selected, CancellationToken cancellationToken)
    {
        object?[]? previous = null;
        var rowIndex = selected.StartRow + (settings.StartsWithHeader ? 1 : 0);
        while (sheet.GetRow(rowIndex) is { } cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineNumber = ++rowIndex;
            var row = FillRow(cells, selected.StartColumn, path, sheet.Name, lineNumber);
            var isEmpty = IsLineEmpty(cells);
            if (row is not null && (!isEmpty || !settings.IgnoreEmptyRows))
            {
                ApplyRepeat(row, previous);
                previous = (object?[])row.Clone();
                rowsRead++;
                IncrementLinesInput();
                await PutRowAsync(outputMeta, row, cancellationToken);
                if (limit > 0 && rowsRead >= limit)
                {
                    return false;
                }
            }

            if (isEmpty && settings.StopOnEmpty)
            {
                break;
            }
        }

        return true;
    }

    private void ApplyRepeat(object?[] row, object?[]? previous)
    {
        if (previous is null)
        {
            return;
        }

        for (var i = 0; i < settings.Fields.Count; i++)
        {
            if (settings.Fields[i].Repeat && ValueConverter.IsNull(outputMeta[i], row[i]))
            {
                row[i] = previous[i];
            }
        }
    }

    private static bool IsLineEmpty(SpreadsheetCell?[] cells) =>
        cells.All(cell => cell is null || string.IsNullOrEmpty(cell.Value.Contents));

    /// <summary>Converts the cells of one line; returns null when a conversion error makes the line skipped.</summary>
    private object?[]? FillRow(SpreadsheetCell?[] cells, int startColumn, string path, string sheetName, long lineNumber)
    {
        var row = new object?[outputMeta.Count];
        var fieldCount = settings.Fields.Count;
        for (var column = startColumn; column < cells.Length && column - startColumn < fieldCount; column++)
        {
            if (cells[column] is not { } cell)
            {
                continue;
            }

            var index = column - startColumn;
            var field = settings.Fields[index];
            var target = outputMeta[index];
            var typeError = settings.StrictTypes ? CheckType(cell, target) : null;
            if (typeError is not null && !HandleCellError(path, sheetName, lineNumber, column, target.Name, typeError))
            {
                return null;
            }

            var (value, sourceType) = CellValue(cell, field.Trim);
            if (value is null || sourceType == target.Type)
            {
                row[index] = value;
                continue;
            }

            var source = new ValueMeta(target.Name, sourceType)
            {
                ConversionMask = target.ConversionMask,
                DecimalSymbol = target.DecimalSymbol,
                GroupingSymbol = target.GroupingSymbol,
                CurrencySymbol = target.CurrencySymbol,
            };
            try
            {
                row[index] = ValueConverter.Convert(value, source, target);
            }
            catch (HopException exception)
            {
                if (!HandleCellError(path, sheetName, lineNumber, column, target.Name, exception.Message))
                {
                    return null;
                }

                row[index] = null;
            }
        }

        FillExtraFields(row, fieldCount, path, sheetName, lineNumber);
        return row;
    }

    private static (object? Value, HopValueType Type) CellValue(SpreadsheetCell cell, TrimType trim)
    {
        if (cell.IsBoolean)
        {
            return (cell.Value, HopValueType.Boolean);
        }

        if (cell.IsDate)
        {
            return (cell.Value, HopValueType.Date);
        }

        if (cell.IsText)
        {
            var text = (string?)cell.Value;
            return (text is null ? null : Trim(text, trim), HopValueType.String);
        }

        return cell.IsNumber ? (cell.Value, HopValueType.Number) : (null, HopValueType.None);
    }

    private static string Trim(string text, TrimType trim) => trim switch
    {
        TrimType.Left => HopText.TrimLeft(text),
        TrimType.Right => HopText.TrimRight(text),
        TrimType.Both => HopText.Trim(text),
        _ => text,
    };

    private void FillExtraFields(object?[] row, int index, string path, string sheetName, long lineNumber)
    {
        if (settings.FileField.Length > 0)
        {
            row[index++] = path;
        }

        if (settings.SheetField.Length > 0)
        {
            row[index++] = sheetName;
        }

        if (settings.SheetRowNumberField.Length > 0)
        {
            row[index++] = lineNumber;
        }

        if (settings.RowNumberField.Length > 0)
        {
            row[index++] = LinesWritten + 1;
        }

        settings.FileFields.Fill(row, index, path);
    }

    /// <summary>
    /// Raises a cell error, or with "ignore errors" logs it; returns false when the line is to be skipped.
    /// Hop numbers sheets, rows and columns from 1 in this message.
    /// </summary>
    private bool HandleCellError(string path, string sheetName, long lineNumber, int column, string fieldName, string cause)
    {
        var message = $"cannot convert field '{fieldName}' from the cell on sheet '{sheetName}', row {lineNumber}, column {column + 1} of file '{path}': {cause}";
        if (!settings.ErrorIgnored)
        {
            throw Failure(message);
        }

        // TODO: Hop also writes the line numbers of error lines to files when a destination directory is set.
        Log.Basic(Name, $"Warning: {message}");
        return !settings.ErrorLineSkipped;
    }

    /// <summary>With strict types, returns why a cell of this kind cannot go into the field, or null when it can.</summary>
    private static string? CheckType(SpreadsheetCell cell, ValueMeta target)
    {
        var type = target.Type;
        var typeName = HopValueTypes.Name(type);
        if (cell.IsBoolean && type is not (HopValueType.String or HopValueType.None or HopValueType.Boolean))
        {
            return $"invalid type Boolean, expected {typeName}.";
        }

        if (cell.IsDate && type is not (HopValueType.String or HopValueType.None or HopValueType.Date))
        {
            return $"invalid type Date: {cell.Contents}, expected {typeName}.";
        }

        if (cell.IsText && type is HopValueType.Boolean or HopValueType.Date or HopValueType.Integer or HopValueType.Number)
        {
            return $"invalid type Label: {cell.Contents}, expected {typeName}.";
        }

        if (cell.IsNumber && type is not (HopValueType.String or HopValueType.None or HopValueType.Integer
            or HopValueType.BigNumber or HopValueType.Number))
        {
            return $"invalid type Number: {cell.Contents}, expected {typeName}.";
        }

        return null;
    }
}
