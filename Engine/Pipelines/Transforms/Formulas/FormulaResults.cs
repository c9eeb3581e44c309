using NPOI.SS.UserModel;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;

/// <summary>
/// Turns evaluated cells of one formula into Hop values of the output field, with Hop's rules: a number
/// becomes the requested number or date type (a number asked for as text or boolean stays as the type
/// last seen, null at first), text and booleans are converted when the field has another type,
/// <c>#N/A</c> and blank cells give null, and other error values fail.
/// </summary>
internal sealed class FormulaResults(FormulaDefinition definition)
{
    private HopValueType? resultType;

    public object? Read(CellValue cell, ValueMeta target)
    {
        object value;
        HopValueType source;
        switch (cell.CellType)
        {
            case CellType.Numeric when ReadNumber(cell.NumberValue) is { } number:
                (value, source) = number;
                break;
            case CellType.Boolean:
                (value, source) = (cell.BooleanValue, HopValueType.Boolean);
                resultType = source;
                break;
            case CellType.String:
                (value, source) = (cell.StringValue, HopValueType.String);
                resultType = source;
                break;
            case CellType.Error:
                ThrowUnlessNotAvailable((byte)cell.ErrorValue);
                return null;
            default:
                return null;
        }

        return source == target.Type ? value : ValueConverter.Convert(value, new ValueMeta(target.Name, source), target);
    }

    /// <summary>
    /// Reads a numeric result as the number or date type the formula asks for. For other types Hop keeps the
    /// result type of earlier rows and gives null until there is one; the number is then converted as a number.
    /// </summary>
    private (object Value, HopValueType Type)? ReadNumber(double number)
    {
        switch (definition.ValueType)
        {
            case HopValueType.Number or HopValueType.Integer or HopValueType.BigNumber:
                resultType = HopValueType.Number;
                return (number, HopValueType.Number);
            case HopValueType.Date or HopValueType.Timestamp:
                resultType = definition.ValueType;
                return (DateUtil.GetJavaDate(number), definition.ValueType);
            default:
                return resultType is null ? null : (number, HopValueType.Number);
        }
    }

    private void ThrowUnlessNotAvailable(byte code)
    {
        if (FormulaError.IsValidCode(code) && FormulaError.ForInt(code) == FormulaError.NA)
        {
            return;
        }

        var text = FormulaError.IsValidCode(code) ? FormulaError.ForInt(code).String : code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new HopException($"The formula for field [{definition.FieldName}] evaluated to {text}");
    }
}
