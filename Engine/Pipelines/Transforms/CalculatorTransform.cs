using Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Calculator: appends fields computed from fields of the row (or earlier calculations) with Hop's
/// calculations. Each result is computed in its natural type, then converted to the field's value type;
/// fields marked "remove" serve later calculations only.
/// </summary>
[Transform("Calculator")]
public sealed class CalculatorTransform : TransformBase
{
    private List<CalculatorFunction> functions = [];
    private List<(HopValueType Type, Func<CalculationInput, CalculationResult> Calculate)> calculations = [];
    private bool failIfNoFile;
    private RowMeta? calcMeta;
    private RowMeta? output;
    private (int A, int B, int C)[] arguments = [];
    private int[] outputIndexes = [];

    public override void Init()
    {
        functions = Meta.Element.Elements("calculation").Select(CalculatorFunction.Read).ToList();
        failIfNoFile = Meta.Element.Flag("failIfNoFile") || Meta.Element.Tag("do_not_fail_if_no_file") is "N";
        foreach (var function in functions)
        {
            if (string.IsNullOrEmpty(function.FieldName))
            {
                throw Failure($"a calculation of type '{function.CalcType}' has no field name.");
            }

            calculations.Add(CalculationCatalog.Find(function.CalcType)
                ?? throw Failure($"calculation '{function.CalcType}' of field '{function.FieldName}' is not supported."));
        }
    }

    private RowMeta CalculationLayout(RowMeta input) =>
        input.Add(functions.Select((f, i) => f.ResultMeta(calculations[i].Type)).ToArray());

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        var all = CalculationLayout(inputMeta);
        return new RowMeta(all.Fields.Where((_, i) => i < inputMeta.Count || !functions[i - inputMeta.Count].Remove));
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (calcMeta is null)
        {
            Prepare(input);
        }

        var data = RowMeta.Resize(row, calcMeta!.Count);
        if (ReferenceEquals(data, row))
        {
            data = (object?[])row.Clone();
        }

        for (var i = 0; i < functions.Count; i++)
        {
            var target = calcMeta[input.Count + i];
            try
            {
                data[input.Count + i] = Calculate(i, data, target);
            }
            catch (HopException exception)
            {
                throw Failure($"row {LinesRead}: calculation '{functions[i].CalcType}' of field '{functions[i].FieldName}' failed: {exception.Message}", exception);
            }
        }

        var result = new object?[outputIndexes.Length];
        for (var i = 0; i < outputIndexes.Length; i++)
        {
            result[i] = data[outputIndexes[i]];
        }

        return PutRowAsync(output!, result, cancellationToken);
    }

    private object? Calculate(int i, object?[] data, ValueMeta target)
    {
        var (a, b, c) = arguments[i];
        var input = new CalculationInput(
            Argument(a, data),
            Argument(b, data),
            Argument(c, data),
            functions[i],
            target,
            text => Resolve(text),
            failIfNoFile);
        var outcome = calculations[i].Calculate(input);
        if (target.Type == HopValueType.None)
        {
            throw new HopException("the result has no value type; set one for this calculation.");
        }

        if (outcome.Value is null || outcome.Type == target.Type || outcome.Type == HopValueType.None)
        {
            return outcome.Value;
        }

        var function = functions[i];
        var resultMeta = new ValueMeta("result", outcome.Type)
        {
            ConversionMask = function.ConversionMask,
            DecimalSymbol = function.DecimalSymbol,
            GroupingSymbol = function.GroupingSymbol,
            CurrencySymbol = function.CurrencySymbol,
        };
        return ValueConverter.Convert(outcome.Value, resultMeta, target);
    }

    private Operand Argument(int index, object?[] data) =>
        index < 0 ? new Operand(null, null) : new Operand(calcMeta![index], data[index]);

    private void Prepare(RowMeta input)
    {
        calcMeta = CalculationLayout(input);
        arguments = functions.Select(f => (
            f.CalcType == "CONSTANT" ? -1 : RequireArgument(f.FieldA, f, "first"),
            OptionalArgument(f.FieldB, f, "second"),
            OptionalArgument(f.FieldC, f, "third"))).ToArray();
        outputIndexes = Enumerable.Range(0, calcMeta.Count)
            .Where(i => i < input.Count || !functions[i - input.Count].Remove)
            .ToArray();
        output = new RowMeta(outputIndexes.Select(i => calcMeta[i]));
    }

    private int RequireArgument(string? field, CalculatorFunction function, string position) =>
        string.IsNullOrEmpty(field)
            ? throw Failure($"there is no {position} argument for calculated field '{function.FieldName}'.")
            : OptionalArgument(field, function, position);

    private int OptionalArgument(string? field, CalculatorFunction function, string position)
    {
        if (string.IsNullOrEmpty(field))
        {
            return -1;
        }

        var index = calcMeta!.IndexOf(field);
        return index >= 0
            ? index
            : throw Failure($"the {position} argument field '{field}' of calculated field '{function.FieldName}' is not in the row.");
    }
}
