using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Writing header and data cells: values by type, cell formats, styles, hyperlinks and comments.</summary>
public sealed partial class ExcelWriterTransform
{
    private void WriteNextLine(ExcelWriterWorkbook file, object?[] row)
    {
        OpenLine(file.Sheet, file.PosY);
        var sheetRow = file.Sheet.GetRow(file.PosY) ?? file.Sheet.CreateRow(file.PosY);
        var x = file.PosX;
        if (settings.Fields.Count == 0)
        {
            file.ClearStyleCache(inputMeta.Count);
            for (var i = 0; i < inputMeta.Count; i++)
            {
                WriteField(file, row[i], inputMeta[i], null, sheetRow, x++, row, i, false);
            }
        }
        else
        {
            for (var i = 0; i < settings.Fields.Count; i++)
            {
                var index = fieldIndexes[i];
                WriteField(file, row[index], inputMeta[index], settings.Fields[i], sheetRow, x++, row, i, false);
            }
        }

        file.PosX = startingColumn;
        file.PosY++;
    }

    private void WriteHeader(ExcelWriterWorkbook file, int posX, int posY)
    {
        OpenLine(file.Sheet, posY);
        var sheetRow = file.Sheet.GetRow(posY) ?? file.Sheet.CreateRow(posY);
        if (settings.Fields.Count > 0)
        {
            foreach (var field in settings.Fields)
            {
                var title = string.IsNullOrEmpty(field.Title) ? field.Name : field.Title;
                WriteField(file, title, new ValueMeta(title, HopValueType.String), field, sheetRow, posX++, null, -1, true);
            }
        }
        else
        {
            foreach (var meta in inputMeta.Fields)
            {
                WriteField(file, meta.Name, new ValueMeta(meta.Name, HopValueType.String), null, sheetRow, posX++, null, -1, true);
            }
        }

        file.PosY = posY + 1;
        IncrementLinesOutput();
    }

    private void WriteField(
        ExcelWriterWorkbook file,
        object? value,
        ValueMeta meta,
        ExcelWriterField? field,
        IRow sheetRow,
        int posX,
        object?[]? row,
        int fieldNr,
        bool isTitle)
    {
        try
        {
            var cell = sheetRow.GetCell(posX);
            var existed = cell is not null;
            cell ??= sheetRow.CreateCell(posX);
            if (!(existed && settings.LeaveExistingStylesUnchanged))
            {
                ApplyStyle(file, cell, meta, field, fieldNr, isTitle);
            }

            if (!isTitle && field is not null && row is not null)
            {
                AddLink(file, cell, row, fieldNr, existed);
                AddComment(file, cell, row, fieldNr);
            }

            SetValue(cell, value, meta, !isTitle && field is { IsFormula: true });
        }
        catch (Exception exception) when (exception is not HopException and not OperationCanceledException)
        {
            throw Failure(
                $"cannot write field '{meta.Name}' to cell {new CellReference(sheetRow.RowNum, posX).FormatAsString()} of '{file.Path}': {exception.Message}",
                exception);
        }
    }

    private static void SetValue(ICell cell, object? value, ValueMeta meta, bool isFormula)
    {
        if (isFormula)
        {
            cell.SetCellFormula(ValueConverter.ToText(meta, value));
            return;
        }

        if (value is null)
        {
            return;
        }

        switch (meta.Type)
        {
            case HopValueType.Date:
                cell.SetCellValue((DateTime)ValueConverter.Convert(value, meta, meta with { Type = HopValueType.Date })!);
                break;
            case HopValueType.Boolean:
                cell.SetCellValue((bool)ValueConverter.Convert(value, meta, meta with { Type = HopValueType.Boolean })!);
                break;
            case HopValueType.BigNumber or HopValueType.Number or HopValueType.Integer:
                cell.SetCellValue((double)ValueConverter.Convert(value, meta, meta with { Type = HopValueType.Number })!);
                break;
            default:
                cell.SetCellValue(ValueConverter.ToText(meta, value));
                break;
        }
    }

    private void ApplyStyle(ExcelWriterWorkbook file, ICell cell, ValueMeta meta, ExcelWriterField? field, int fieldNr, bool isTitle)
    {
        if (!isTitle && file.CachedStyle(fieldNr) is { } cached)
        {
            cell.CellStyle = cached;
            return;
        }

        if (field is not null)
        {
            var styleReference = isTitle ? field.TitleStyleCell : field.StyleCell;
            if (!string.IsNullOrEmpty(styleReference) && CellAt(file, styleReference) is { } styleCell && styleCell != cell)
            {
                cell.CellStyle = styleCell.CellStyle;
            }
        }

        if (!isTitle && field is not null && !string.IsNullOrEmpty(field.Format) && !field.Format.StartsWith("Image", StringComparison.Ordinal))
        {
            SetDataFormat(file, field.Format, cell);
        }

        // Hop gives a date cell without a field format its value's format mask, by default yyyy/MM/dd HH:mm:ss.SSS.
        if (!isTitle && field is not null && string.IsNullOrEmpty(field.Format)
            && meta.Type is HopValueType.Date or HopValueType.Timestamp)
        {
            var mask = string.IsNullOrEmpty(meta.ConversionMask)
                ? meta.Type == HopValueType.Timestamp ? JavaFormats.DefaultTimestampMask : JavaFormats.DefaultDateMask
                : meta.ConversionMask;
            SetDataFormat(file, mask, cell);
        }

        if (!isTitle)
        {
            file.CacheStyle(fieldNr, cell.CellStyle);
        }
    }

    private static ICell? CellAt(ExcelWriterWorkbook file, string reference)
    {
        var cellReference = new CellReference(reference);
        var sheet = string.IsNullOrEmpty(cellReference.SheetName) ? file.Sheet : file.Workbook.GetSheet(cellReference.SheetName);
        return sheet?.GetRow(cellReference.Row)?.GetCell(cellReference.Col);
    }

    private static void SetDataFormat(ExcelWriterWorkbook file, string format, ICell cell)
    {
        var index = file.Workbook.CreateDataFormat().GetFormat(format);
        var style = file.Workbook.CreateCellStyle();
        style.CloneStyleFrom(cell.CellStyle);
        style.DataFormat = index;
        cell.CellStyle = style;
    }

    private void AddLink(ExcelWriterWorkbook file, ICell cell, object?[] row, int fieldNr, bool existed)
    {
        var linkIndex = linkIndexes[fieldNr];
        var link = linkIndex >= 0 ? ValueConverter.ToText(inputMeta[linkIndex], row[linkIndex]) : null;
        if (string.IsNullOrEmpty(link))
        {
            return;
        }

        var helper = file.Workbook.GetCreationHelper();
        var (type, label) = link switch
        {
            _ when link.StartsWith("http:", StringComparison.Ordinal) || link.StartsWith("https:", StringComparison.Ordinal)
                || link.StartsWith("ftp:", StringComparison.Ordinal) => (HyperlinkType.Url, "URL Link"),
            _ when link.StartsWith("mailto:", StringComparison.Ordinal) => (HyperlinkType.Email, "Email Link"),
            _ when link.StartsWith('\'') => (HyperlinkType.Document, "Link within this document"),
            _ => (HyperlinkType.File, "Link to a file"),
        };
        var hyperlink = helper.CreateHyperlink(type);
        hyperlink.Label = label;
        hyperlink.Address = link;
        cell.Hyperlink = hyperlink;
        if (existed && settings.LeaveExistingStylesUnchanged)
        {
            return;
        }

        if (file.CachedLinkStyle(fieldNr) is { } cached)
        {
            cell.CellStyle = cached;
            return;
        }

        var original = cell.CellStyle.GetFont(file.Workbook);
        var font = file.Workbook.CreateFont();
        font.IsBold = original.IsBold;
        font.Charset = original.Charset;
        font.FontHeight = original.FontHeight;
        font.FontName = original.FontName;
        font.IsItalic = original.IsItalic;
        font.IsStrikeout = original.IsStrikeout;
        font.TypeOffset = original.TypeOffset;
        font.Underline = FontUnderlineType.Single;
        font.Color = IndexedColors.Blue.Index;
        var style = file.Workbook.CreateCellStyle();
        style.CloneStyleFrom(cell.CellStyle);
        style.SetFont(font);
        cell.CellStyle = style;
        file.CacheLinkStyle(fieldNr, style);
    }

    /// <summary>Adds a cell comment; Hop writes comments to xlsx files only.</summary>
    private void AddComment(ExcelWriterWorkbook file, ICell cell, object?[] row, int fieldNr)
    {
        var commentIndex = commentIndexes[fieldNr];
        if (commentIndex < 0 || file.Workbook is not XSSFWorkbook)
        {
            return;
        }

        var text = ValueConverter.ToText(inputMeta[commentIndex], row[commentIndex]);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var authorIndex = commentAuthorIndexes[fieldNr];
        var author = authorIndex >= 0 ? ValueConverter.ToText(inputMeta[authorIndex], row[authorIndex]) : "Apache Hop";
        var helper = file.Workbook.GetCreationHelper();
        var drawing = file.Sheet.CreateDrawingPatriarch();
        var comment = drawing.CreateCellComment(helper.CreateClientAnchor());
        comment.String = helper.CreateRichTextString(text);
        comment.Author = author;
        cell.CellComment = comment;
    }
}
