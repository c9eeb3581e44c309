using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>The arguments of one calculation on one row, with the target field and a variable resolver.</summary>
internal sealed record CalculationInput(
    Operand A,
    Operand B,
    Operand C,
    CalculatorFunction Function,
    ValueMeta Target,
    Func<string?, string> Resolve,
    bool FailIfNoFile);

/// <summary>A calculation's value and the type it was computed in, converted to the target type afterwards.</summary>
internal readonly record struct CalculationResult(HopValueType Type, object? Value);
