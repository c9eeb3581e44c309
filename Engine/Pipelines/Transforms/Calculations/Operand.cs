using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>One argument of a calculation: its field metadata and value, read as any type like Hop's getters.</summary>
internal readonly record struct Operand(ValueMeta? Meta, object? Value)
{
    private static readonly ValueMeta NumberMeta = new("n", HopValueType.Number);
    private static readonly ValueMeta IntegerMeta = new("i", HopValueType.Integer);
    private static readonly ValueMeta BigNumberMeta = new("b", HopValueType.BigNumber);
    private static readonly ValueMeta DateMeta = new("d", HopValueType.Date);
    private static readonly ValueMeta BooleanMeta = new("f", HopValueType.Boolean);

    public HopValueType Type => Meta?.Type ?? HopValueType.None;

    public bool IsNull => Meta is null || ValueConverter.IsNull(Meta, Value);

    public bool IsString => Type == HopValueType.String;

    public bool IsNumeric => Type is HopValueType.Integer or HopValueType.Number or HopValueType.BigNumber;

    public double Number => (double)Require(NumberMeta);

    public long Integer => (long)Require(IntegerMeta);

    public decimal BigNumber => (decimal)Require(BigNumberMeta);

    public DateTime Date => (DateTime)Require(DateMeta);

    public bool Boolean => (bool)Require(BooleanMeta);

    public string? Text => Meta is null ? Value?.ToString() : ValueConverter.ToText(Meta, Value);

    public object? Convert(ValueMeta target) => Meta is null ? Value : ValueConverter.Convert(Value, Meta, target);

    private object Require(ValueMeta target) =>
        (Meta is null ? Value : ValueConverter.Convert(Value, Meta, target))
        ?? throw new HopException($"A value of field '{Meta?.Name}' is null where the calculation needs a {HopValueTypes.Name(target.Type)}.");
}
