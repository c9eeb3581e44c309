using System.Globalization;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>Cell kinds as Hop's spreadsheet readers report them; a formula cell has the kind of its cached result.</summary>
public enum SpreadsheetCellKind
{
    Empty,
    Boolean,
    Number,
    Date,
    Label,
    BooleanFormula,
    NumberFormula,
    DateFormula,
    StringFormula,
}

/// <summary>
/// One cell read from a workbook: its kind and its value (bool, double, DateTime as local wall time,
/// string, or null for an empty cell).
/// </summary>
public readonly record struct SpreadsheetCell(SpreadsheetCellKind Kind, object? Value)
{
    public static SpreadsheetCell Empty { get; } = new(SpreadsheetCellKind.Empty, null);

    /// <summary>The cell's value as text, as Hop's getContents returns it; null for an empty cell.</summary>
    public string? Contents => Value switch
    {
        null => null,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture),
    };

    public bool IsBoolean => Kind is SpreadsheetCellKind.Boolean or SpreadsheetCellKind.BooleanFormula;

    public bool IsNumber => Kind is SpreadsheetCellKind.Number or SpreadsheetCellKind.NumberFormula;

    public bool IsDate => Kind is SpreadsheetCellKind.Date or SpreadsheetCellKind.DateFormula;

    public bool IsText => Kind is SpreadsheetCellKind.Label or SpreadsheetCellKind.StringFormula;
}
