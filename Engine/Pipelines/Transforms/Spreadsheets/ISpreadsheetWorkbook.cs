namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>A workbook opened for reading, whatever its file format.</summary>
public interface ISpreadsheetWorkbook : IDisposable
{
    IReadOnlyList<string> SheetNames { get; }

    /// <summary>Returns the sheet with that exact name, or null when the workbook has none.</summary>
    ISpreadsheetSheet? GetSheet(string name);
}

/// <summary>One sheet of a workbook, read row by row.</summary>
public interface ISpreadsheetSheet
{
    string Name { get; }

    /// <summary>The number of rows up to and including the last row that has content.</summary>
    int RowCount { get; }

    /// <summary>
    /// Returns the cells of the zero-based row, up to its last defined cell; a missing cell is null. A row
    /// without cells gives an empty array, and a row past <see cref="RowCount"/> gives null.
    /// </summary>
    SpreadsheetCell?[]? GetRow(int rowIndex);
}
