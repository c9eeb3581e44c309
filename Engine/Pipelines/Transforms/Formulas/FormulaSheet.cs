using NPOI.HSSF.UserModel;
using NPOI.SS.Formula.Functions;
using NPOI.SS.Formula.Udf;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;

/// <summary>
/// A one-row spreadsheet on which one formula is evaluated, as Hop's Formula transform does with Apache
/// POI: the referenced fields fill cells A1, B1, … and the formula sits in the next cell. NPOI is the .NET
/// port of POI, so functions, operators, error values and date serial numbers behave as in Hop.
/// </summary>
/// <remarks>
/// NOTE: NPOI 2.4.1, the newest version available here, may lack functions added to POI after it; such
/// formulas fail with the error value named. Its broken DOLLAR() is replaced by <see cref="DollarFunction"/>.
/// </remarks>
internal sealed class FormulaSheet : IDisposable
{
    /// <summary>The .xls format has at most 256 columns, so wider formulas use an .xlsx workbook.</summary>
    private const int MaxXlsColumns = 256;

    /// <summary>Evaluations after which the workbook is replaced, so cached parse state cannot grow without bound.</summary>
    private const int ResetInterval = 10_000;

    private readonly int columns;
    private IWorkbook? workbook;
    private IRow? row;
    private IFormulaEvaluator? evaluator;
    private ICell? formulaCell;
    private int evaluations;

    public FormulaSheet(int inputColumns)
    {
        columns = inputColumns;
        Reset();
    }

    /// <summary>Gets the cell that contains the input value of the given column.</summary>
    public ICell InputCell(int column) => row!.GetCell(column) ?? row.CreateCell(column);

    /// <summary>
    /// Evaluates the formula (already rewritten to cell references) against the input cells set for this row.
    /// The formula is parsed on the first evaluation after each reset.
    /// </summary>
    public CellValue Evaluate(string formula)
    {
        if (formulaCell is null)
        {
            formulaCell = row!.CreateCell(columns);
            formulaCell.SetCellFormula(formula);
        }

        evaluator!.ClearAllCachedResultValues();
        var value = evaluator.Evaluate(formulaCell);
        if (++evaluations >= ResetInterval)
        {
            Reset();
        }

        return value;
    }

    public void Dispose() => workbook?.Close();

    private void Reset()
    {
        workbook?.Close();
        workbook = columns + 1 <= MaxXlsColumns ? new HSSFWorkbook() : new XSSFWorkbook();
        workbook.AddToolPack(new DefaultUDFFinder([DollarFunction.Name], [new DollarFunction()]));
        row = workbook.CreateSheet().CreateRow(0);
        evaluator = workbook.GetCreationHelper().CreateFormulaEvaluator();
        formulaCell = null;
        evaluations = 0;
    }
}
