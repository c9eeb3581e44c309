using NPOI;
using NPOI.SS.UserModel;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>
/// Reads xls and xlsx workbooks with NPOI, the .NET port of Apache POI, which Hop's Excel input uses.
/// Cell kinds therefore follow POI: a numeric cell with a date number format is a date, and a formula cell
/// gives its cached result.
/// </summary>
public sealed class PoiWorkbook : ISpreadsheetWorkbook
{
    private readonly IWorkbook workbook;

    private PoiWorkbook(IWorkbook workbook)
    {
        this.workbook = workbook;
        SheetNames = Enumerable.Range(0, workbook.NumberOfSheets).Select(workbook.GetSheetName).ToList();
    }

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>
    /// Opens a workbook file; the format is taken from the content, not from the extension. A password
    /// does not matter for a workbook that is not encrypted, as in POI.
    /// </summary>
    public static PoiWorkbook Open(string path, string? password)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        try
        {
            return new PoiWorkbook(WorkbookFactory.Create(stream));
        }
        catch (Exception exception) when (IsEncryption(exception))
        {
            // TODO: NPOI 2.4.1 cannot decrypt workbooks, while Hop reads xls (RC4 CryptoAPI) and xlsx (agile) encryption.
            var hint = string.IsNullOrEmpty(password) ? "no password is set, and " : string.Empty;
            throw new InvalidDataException(
                $"the workbook is password-protected: {hint}this engine cannot decrypt workbooks ({exception.Message}).", exception);
        }
    }

    private static bool IsEncryption(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is EncryptedDocumentException || current.Message.Contains("encryption", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public ISpreadsheetSheet? GetSheet(string name) => workbook.GetSheet(name) is { } sheet ? new PoiSheet(sheet) : null;

    public void Dispose() => workbook.Close();

    /// <summary>Maps a POI cell to Hop's cell kinds and values, as Hop's PoiCell does.</summary>
    public static SpreadsheetCell ToCell(ICell cell)
    {
        switch (cell.CellType)
        {
            case CellType.Boolean:
                return new SpreadsheetCell(SpreadsheetCellKind.Boolean, cell.BooleanCellValue);
            case CellType.Numeric:
                return DateUtil.IsCellDateFormatted(cell)
                    ? new SpreadsheetCell(SpreadsheetCellKind.Date, cell.DateCellValue)
                    : new SpreadsheetCell(SpreadsheetCellKind.Number, cell.NumericCellValue);
            case CellType.String:
                return new SpreadsheetCell(SpreadsheetCellKind.Label, cell.StringCellValue);
            case CellType.Formula:
                return cell.CachedFormulaResultType switch
                {
                    CellType.Boolean => new SpreadsheetCell(SpreadsheetCellKind.BooleanFormula, cell.BooleanCellValue),
                    CellType.String => new SpreadsheetCell(SpreadsheetCellKind.StringFormula, cell.StringCellValue),
                    CellType.Numeric when DateUtil.IsCellDateFormatted(cell) =>
                        new SpreadsheetCell(SpreadsheetCellKind.DateFormula, cell.DateCellValue),
                    CellType.Numeric => new SpreadsheetCell(SpreadsheetCellKind.NumberFormula, cell.NumericCellValue),
                    _ => SpreadsheetCell.Empty,
                };
            default:
                return SpreadsheetCell.Empty;
        }
    }

    private sealed class PoiSheet(ISheet sheet) : ISpreadsheetSheet
    {
        public string Name => sheet.SheetName;

        // NPOI reports row 0 as the last row of a sheet without rows, where POI 5 reports -1.
        public int RowCount => sheet.PhysicalNumberOfRows == 0 ? 0 : sheet.LastRowNum + 1;

        public SpreadsheetCell?[]? GetRow(int rowIndex)
        {
            if (rowIndex < sheet.FirstRowNum)
            {
                return [];
            }

            if (rowIndex >= RowCount)
            {
                return null;
            }

            var row = sheet.GetRow(rowIndex);
            if (row is null || row.LastCellNum < 0)
            {
                return [];
            }

            var cells = new SpreadsheetCell?[row.LastCellNum];
            for (var i = 0; i < cells.Length; i++)
            {
                if (row.GetCell(i) is { } cell)
                {
                    cells[i] = ToCell(cell);
                }
            }

            return cells;
        }
    }
}
