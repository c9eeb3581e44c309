using NPOI.SS.UserModel;
using NPOI.SS.Util;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Formulas;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Formula: computes fields with spreadsheet formulas such as <c>IF([a]&gt;0, [a], NA())</c>. Like Hop, it
/// evaluates each formula with the POI spreadsheet engine (here its .NET port, NPOI) on a one-row sheet whose
/// cells hold the referenced fields. A formula may use fields made by earlier formulas of the same transform
/// and may replace an existing field instead of adding one. <c>#N/A</c> gives null; other error values fail
/// the row, which goes to the error hop when the transform has one.
/// </summary>
[Transform("Formula")]
public sealed class FormulaTransform : TransformBase
{
    private List<FormulaDefinition> definitions = [];
    private RowMeta? preparedFor;
    private RowMeta? output;
    private FormulaPlan[] plans = [];

    public override void Init()
    {
        definitions = Meta.Element.Element("formulas")?.Elements("formula").Select(FormulaDefinition.Read).ToList() ?? [];
        var unnamed = definitions.FindIndex(d => d.FieldName.Length == 0 && d.ReplaceField is null);
        if (unnamed >= 0)
        {
            throw Failure($"formula {unnamed + 1} ('{definitions[unnamed].Expression}') has no field name.");
        }

        var empty = definitions.Find(d => string.IsNullOrWhiteSpace(d.Expression));
        if (empty is not null)
        {
            var target = empty.FieldName.Length > 0 ? empty.FieldName : empty.ReplaceField;
            throw Failure($"the formula of field '{target}' is empty; enter an expression such as [field] * 2.");
        }
    }

    /// <summary>Closes the in-memory workbooks once the input is done.</summary>
    protected override Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var plan in plans)
        {
            plan.Sheet.Dispose();
        }

        return Task.CompletedTask;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputLayout(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(preparedFor, input))
        {
            Prepare(input);
        }

        var result = RowMeta.Resize(row, output!.Count);
        if (ReferenceEquals(result, row))
        {
            result = (object?[])row.Clone();
        }

        foreach (var plan in plans)
        {
            try
            {
                result[plan.Target] = Evaluate(plan, result);
            }

            // Any failure of the spreadsheet engine (a parse error, a function NPOI lacks) fails this formula
            // only, as in Hop, so the row can still go to the error hop.
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var message = $"Formula '{plan.Definition.Expression}' could not be evaluated: {exception.Message}";
                await PutErrorAsync(input, row, 1, message, plan.Definition.FieldName, "Formula001", cancellationToken);
                return;
            }
        }

        await PutRowAsync(output, result, cancellationToken);
    }

    private object? Evaluate(FormulaPlan plan, object?[] row)
    {
        for (var column = 0; column < plan.Inputs.Length; column++)
        {
            var index = plan.Inputs[column];
            FormulaCells.Set(plan.Sheet.InputCell(column), output![index], row[index], plan.Definition.SetNa);
        }

        var cell = plan.Sheet.Evaluate(plan.Expression);
        return plan.Results.Read(cell, output![plan.Target]);
    }

    private RowMeta OutputLayout(RowMeta input)
    {
        var fields = input.Fields.ToList();
        foreach (var definition in definitions)
        {
            if (definition.ReplaceField is null)
            {
                fields.Add(new ValueMeta(definition.FieldName, definition.ValueType)
                {
                    Length = definition.Length,
                    Precision = definition.Precision,
                });
                continue;
            }

            var index = fields.FindIndex(f => f.Name == definition.ReplaceField);
            if (index < 0)
            {
                throw Failure($"unknown field specified to replace with a formula result: [{definition.ReplaceField}].");
            }

            fields[index] = fields[index] with { Length = definition.Length, Precision = definition.Precision };
        }

        return new RowMeta(fields);
    }

    private void Prepare(RowMeta input)
    {
        foreach (var plan in plans)
        {
            plan.Sheet.Dispose();
        }

        output = OutputLayout(input);
        var replaced = definitions.Where(d => d.ReplaceField is not null)
            .GroupBy(d => d.FieldName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().ReplaceField!, StringComparer.Ordinal);
        var next = input.Count;
        plans = definitions.Select(d => Plan(d, replaced, d.ReplaceField is null ? next++ : output.IndexOf(d.ReplaceField))).ToArray();
        preparedFor = input;
    }

    /// <summary>
    /// Rewrites a formula for the sheet: references to a formula that replaced a field point at the
    /// replaced field, then each referenced field gets a column and its <c>[name]</c> becomes that cell.
    /// </summary>
    private FormulaPlan Plan(FormulaDefinition definition, Dictionary<string, string> replaced, int target)
    {
        var expression = Resolve(definition.Expression);
        foreach (var name in FormulaDefinition.ReferencedFields(expression))
        {
            if (replaced.TryGetValue(name, out var realName))
            {
                expression = expression.Replace($"[{name}]", $"[{realName}]", StringComparison.Ordinal);
            }
        }

        var names = FormulaDefinition.ReferencedFields(expression);
        var inputs = new int[names.Count];
        for (var column = 0; column < names.Count; column++)
        {
            inputs[column] = output!.IndexOf(names[column]);
            if (inputs[column] < 0)
            {
                throw Failure($"formula '{definition.Expression}' of field '{definition.FieldName}' refers to field " +
                    $"[{names[column]}], which is not in the row ({output}).");
            }

            var reference = CellReference.ConvertNumToColString(column) + "1";
            expression = expression.Replace($"[{names[column]}]", reference, StringComparison.Ordinal);
        }

        expression = DollarFunction.Rewrite(expression);
        return new FormulaPlan(definition, expression, inputs, target, new FormulaSheet(names.Count), new FormulaResults(definition));
    }

    private sealed record FormulaPlan(
        FormulaDefinition Definition,
        string Expression,
        int[] Inputs,
        int Target,
        FormulaSheet Sheet,
        FormulaResults Results);
}
