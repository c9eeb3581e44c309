using System.Text;
using System.Text.RegularExpressions;
using NPOI.SS.Formula;
using NPOI.SS.Formula.Eval;
using NPOI.SS.Formula.Functions;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;

/// <summary>
/// The spreadsheet DOLLAR(number, [decimals]) function as Apache POI evaluates it: the number as text with a
/// dollar sign, grouping, the given decimals and parentheses for negatives. Decimals default to 2, and a
/// negative count rounds left of the decimal point. NPOI 2.4.1 evaluates DOLLAR to #VALUE!, so formulas call this function under
/// <see cref="Name"/> instead.
/// </summary>
internal sealed partial class DollarFunction : FreeRefFunction
{
    /// <summary>The name the rewritten formulas call; it is registered with each workbook.</summary>
    public const string Name = "HOPDOLLAR";

    /// <summary>Renames DOLLAR calls outside string literals so they reach this function.</summary>
    public static string Rewrite(string formula)
    {
        if (formula.IndexOf("DOLLAR", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return formula;
        }

        var result = new StringBuilder(formula.Length + 8);
        var position = 0;
        while (position < formula.Length)
        {
            if (formula[position] == '"')
            {
                var end = formula.IndexOf('"', position + 1);
                while (end >= 0 && end + 1 < formula.Length && formula[end + 1] == '"')
                {
                    end = formula.IndexOf('"', end + 2);
                }

                end = end < 0 ? formula.Length - 1 : end;
                result.Append(formula, position, end - position + 1);
                position = end + 1;
                continue;
            }

            var match = DollarCall().Match(formula, position);
            if (match.Success && match.Index == position && (position == 0 || !IsNamePart(formula[position - 1])))
            {
                result.Append(Name).Append(match.Value.AsSpan(6));
                position += match.Length;
                continue;
            }

            result.Append(formula[position]);
            position++;
        }

        return result.ToString();
    }

    public ValueEval Evaluate(ValueEval[] args, OperationEvaluationContext ec)
    {
        if (args.Length is < 1 or > 2)
        {
            return ErrorEval.VALUE_INVALID;
        }

        try
        {
            var value = Number(args[0], ec);
            var decimals = args.Length == 1 ? 2.0 : Number(args[1], ec);
            var places = (int)decimals;
            if (places > 127)
            {
                return ErrorEval.VALUE_INVALID;
            }

            if (places < 0)
            {
                var scale = Math.Pow(10, Math.Abs(decimals));
                value = Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
            }

            var fraction = places > 0 ? "." + new string('0', places) : string.Empty;
            var format = new JavaDecimalFormat($"$#,##0{fraction};($#,##0{fraction})", null, null, null, JavaRoundingMode.HalfEven);
            return new StringEval(format.Format(value));
        }
        catch (EvaluationException exception)
        {
            return exception.GetErrorEval();
        }
    }

    private static double Number(ValueEval argument, OperationEvaluationContext ec)
    {
        var value = OperandResolver.CoerceValueToDouble(OperandResolver.GetSingleValue(argument, ec.RowIndex, ec.ColumnIndex));
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new EvaluationException(ErrorEval.NUM_ERROR);
        }

        return value;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    [GeneratedRegex(@"\GDOLLAR\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex DollarCall();
}
