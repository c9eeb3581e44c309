using NPOI.SS.UserModel;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;

/// <summary>Moves Hop values into spreadsheet cells the way Hop's Formula transform fills them.</summary>
internal static class FormulaCells
{
    private static readonly DateTime DayZero = new(1899, 12, 31);

    /// <summary>
    /// Writes a value into the cell by the field's type: numbers, integers and big numbers as numbers,
    /// booleans as booleans, dates as date serial numbers and everything else as text. A null value leaves
    /// the cell blank, or puts <c>NA()</c> in it when the formula is set to do so.
    /// </summary>
    public static void Set(ICell cell, ValueMeta meta, object? value, bool nullAsNa)
    {
        if (value is null)
        {
            if (nullAsNa)
            {
                cell.SetCellFormula("NA()");
            }
            else
            {
                cell.SetCellType(CellType.Blank);
            }

            return;
        }

        // A cell that held NA() for a null in an earlier row would keep that formula and only change its
        // cached value, so it is cleared first. (Hop's POI-based transform keeps the formula in that case.)
        if (cell.CellType == CellType.Formula)
        {
            cell.SetCellType(CellType.Blank);
        }

        switch (meta.Type)
        {
            case HopValueType.Boolean when value is bool flag:
                cell.SetCellValue(flag);
                break;
            case HopValueType.Number or HopValueType.Integer or HopValueType.BigNumber:
                cell.SetCellValue(System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case HopValueType.Date or HopValueType.Timestamp when value is DateTime date:
                SetDate(cell, meta, date);
                break;
            default:
                cell.SetCellValue(ValueConverter.ToText(meta, value));
                break;
        }
    }

    /// <summary>
    /// Writes a date as its serial number. Day 0 is 1899-12-31, which Hop's POI version accepts but NPOI's
    /// date conversion rejects, so that day is written as a plain number. Earlier dates fail as in Hop.
    /// </summary>
    private static void SetDate(ICell cell, ValueMeta meta, DateTime date)
    {
        if (date < DayZero)
        {
            throw new HopException(
                $"Field [{meta.Name}] contains date {ValueConverter.ToText(meta, date)}, which is before 1899-12-31. " +
                "Formulas are calculated with Excel date serial numbers, which can not represent earlier dates.");
        }

        if (date.Year == DayZero.Year)
        {
            cell.SetCellValue((date - DayZero).TotalDays);
            return;
        }

        cell.SetCellValue(date);
    }
}
