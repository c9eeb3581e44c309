using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>Arithmetic calculations, computed in the type of argument A as Hop's ValueDataUtil does.</summary>
internal static class CalculatorMath
{
    public static object? Plus(Operand a, Operand b)
    {
        if (a.Value is null || b.Value is null)
        {
            return null;
        }

        return a.Type switch
        {
            HopValueType.String => a.Text + b.Text,
            HopValueType.Number => a.Number + b.Number,
            HopValueType.Integer => a.Integer + b.Integer,
            HopValueType.Boolean => a.Boolean || b.Boolean,
            HopValueType.BigNumber => a.BigNumber + b.BigNumber,
            _ => throw new HopException("The 'plus' function only works on numeric data and Strings."),
        };
    }

    public static object? Minus(Operand a, Operand b)
    {
        if (a.Value is null || b.Value is null)
        {
            return null;
        }

        return a.Type switch
        {
            HopValueType.Number => a.Number - b.Number,
            HopValueType.BigNumber => a.BigNumber - b.BigNumber,
            _ => a.Integer - b.Integer,
        };
    }

    public static object? Multiply(Operand a, Operand b)
    {
        if (a.Value is null || b.Value is null)
        {
            return null;
        }

        if ((b.IsString && a.IsNumeric) || (b.IsNumeric && a.IsString))
        {
            // Multiplying text by a number repeats the text, as in Hop.
            var (text, count) = b.IsString ? (b.Text!, a.Integer) : (a.Text!, b.Integer);
            return count <= 0 ? string.Empty : string.Concat(Enumerable.Repeat(text, (int)count));
        }

        return a.Type switch
        {
            HopValueType.Number => a.Number * b.Number,
            HopValueType.Integer => a.Integer * b.Integer,
            HopValueType.BigNumber => BigNumberMath.Multiply(a.BigNumber, b.BigNumber),
            _ => throw new HopException("The 'multiply' function only works on numeric data optionally multiplying strings."),
        };
    }

    public static object? Divide(Operand a, Operand b)
    {
        if (a.Value is null || b.Value is null)
        {
            return null;
        }

        return a.Type switch
        {
            HopValueType.Number => a.Number / b.Number,
            HopValueType.Integer => b.Integer == 0 ? throw new HopException("Division by zero.") : a.Integer / b.Integer,
            HopValueType.BigNumber => BigNumberMath.Divide(a.BigNumber, b.BigNumber),
            _ => throw new HopException("The 'divide' function only works on numeric data."),
        };
    }

    public static object? Remainder(Operand a, Operand b)
    {
        if (a.Value is null || b.Value is null)
        {
            return null;
        }

        return a.Type switch
        {
            HopValueType.Number => a.Number % b.Number,
            HopValueType.Integer => b.Integer == 0 ? throw new HopException("Division by zero.") : a.Integer % b.Integer,
            HopValueType.BigNumber => BigNumberMath.Remainder(a.BigNumber, b.BigNumber),
            _ => throw new HopException("The 'remainder' function only works on numeric data."),
        };
    }

    /// <summary>Applies a function of a double to a numeric argument: Integer results are rounded half up.</summary>
    public static object? OnDouble(Operand a, Func<double, double> function, string name)
    {
        if (a.Value is null)
        {
            return null;
        }

        return a.Type switch
        {
            HopValueType.Number => function(a.Number),
            HopValueType.Integer => (long)Math.Floor(function(a.Number) + 0.5),
            HopValueType.BigNumber => (decimal)function(a.Number),
            _ => throw new HopException($"The '{name}' function only works on numeric data."),
        };
    }

    /// <summary>Ceil, floor and abs: Integers pass unchanged (abs makes them positive), others go through a double.</summary>
    public static object? KeepInteger(Operand a, Func<double, double> function, string name) =>
        a.Type == HopValueType.Integer && a.Value is not null
            ? name == "abs" ? Math.Abs(a.Integer) : a.Integer
            : a.Type == HopValueType.BigNumber && a.Value is not null
                ? (decimal)function(a.Number)
                : OnDouble(a, function, name);

    public static object? Percent1(Operand a, Operand b) => a.Value is null || b.Value is null ? null : a.Type switch
    {
        HopValueType.Number => 100.0 * a.Number / b.Number,
        HopValueType.Integer => b.Integer == 0 ? throw new HopException("Division by zero.") : 100L * a.Integer / b.Integer,
        HopValueType.BigNumber => BigNumberMath.Divide(BigNumberMath.Multiply(a.BigNumber, 100m), b.BigNumber),
        _ => throw new HopException("The 'A/B in %' function only works on numeric data"),
    };

    public static object? Percent2(Operand a, Operand b, int sign) => a.Value is null || b.Value is null ? null : a.Type switch
    {
        HopValueType.Number => a.Number + (sign * (a.Number * b.Number / 100.0)),
        HopValueType.Integer => a.Integer + (sign * (a.Integer * b.Integer / 100L)),
        HopValueType.BigNumber => a.BigNumber + (sign * BigNumberMath.Divide(BigNumberMath.Multiply(b.BigNumber, a.BigNumber), 100m)),
        _ => throw new HopException("The 'A-B%' and 'A+B%' functions only work on numeric data"),
    };

    public static object? Combination1(Operand a, Operand b, Operand c) =>
        a.Value is null || b.Value is null || c.Value is null ? null : a.Type switch
        {
            HopValueType.Number => a.Number + (b.Number * c.Number),
            HopValueType.Integer => a.Integer + (b.Integer * c.Integer),
            HopValueType.BigNumber => a.BigNumber + BigNumberMath.Multiply(b.BigNumber, c.BigNumber),
            _ => throw new HopException("The 'combination1' function only works on numeric data"),
        };

    /// <summary>SQRT(A*A + B*B); for Integers Hop computes SQRT(A*A + B/B), which is kept here.</summary>
    public static object? Combination2(Operand a, Operand b) =>
        a.Value is null || b.Value is null ? null : a.Type switch
        {
            HopValueType.Number => Math.Sqrt((a.Number * a.Number) + (b.Number * b.Number)),
            HopValueType.Integer => (long)Math.Floor(Math.Sqrt((a.Integer * a.Integer) + (b.Integer / b.Integer)) + 0.5),
            HopValueType.BigNumber => (decimal)Math.Sqrt((a.Number * a.Number) + (b.Number * b.Number)),
            _ => throw new HopException("The 'combination2' function only works on numeric data"),
        };

    /// <summary>ROUND(A): Java's Math.round for Numbers and BigNumbers; Integers are unchanged.</summary>
    public static object? Round(Operand a) => a.Value is null ? null : a.Type switch
    {
        HopValueType.Number => Math.Floor(a.Number + 0.5),
        HopValueType.Integer => a.Integer,
        HopValueType.BigNumber => (decimal)Math.Floor(a.Number + 0.5),
        _ => throw new HopException("The 'round' function only works on numeric data."),
    };

    /// <summary>Rounds to a number of places with a Java rounding mode, through the double's shortest text.</summary>
    public static object? Round(Operand a, int places, int mode) => a.Value is null ? null : a.Type switch
    {
        HopValueType.Number => double.IsNaN(a.Number) || double.IsInfinity(a.Number)
            ? a.Number
            : (double)BigNumberMath.SetScale(ToDecimal(a.Number), places, mode),
        HopValueType.Integer => places >= 0 ? a.Integer : (long)BigNumberMath.SetScale(a.Integer, places, mode),
        HopValueType.BigNumber => BigNumberMath.SetScale(a.BigNumber, places, mode),
        _ => throw new HopException("The 'round' function only works on numeric data."),
    };

    private static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
