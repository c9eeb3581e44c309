using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>One line of the Calculator: the new field, the calculation code, its arguments and the result layout.</summary>
public sealed record CalculatorFunction(
    string FieldName,
    string CalcType,
    string? FieldA,
    string? FieldB,
    string? FieldC,
    HopValueType ValueType,
    int Length,
    int Precision,
    string? ConversionMask,
    string? DecimalSymbol,
    string? GroupingSymbol,
    string? CurrencySymbol,
    bool Remove)
{
    public static CalculatorFunction Read(XElement element) => new(
        element.TagOrEmpty("field_name"),
        element.TagOrEmpty("calc_type").Trim(),
        NullIfEmpty(element.Tag("field_a")),
        NullIfEmpty(element.Tag("field_b")),
        NullIfEmpty(element.Tag("field_c")),
        HopValueTypes.Parse(element.Tag("value_type")),
        element.Int("value_length", -1),
        element.Int("value_precision", -1),
        NullIfEmpty(element.Tag("conversion_mask")),
        NullIfEmpty(element.Tag("decimal_symbol")),
        NullIfEmpty(element.Tag("grouping_symbol")),
        NullIfEmpty(element.Tag("currency_symbol")),
        element.Flag("remove"));

    /// <summary>The result field: the chosen value type, else the calculation's default type.</summary>
    public ValueMeta ResultMeta(HopValueType defaultType) =>
        new(FieldName, ValueType == HopValueType.None ? defaultType : ValueType)
        {
            Length = Length,
            Precision = Precision,
            ConversionMask = ConversionMask,
            DecimalSymbol = DecimalSymbol,
            GroupingSymbol = GroupingSymbol,
            CurrencySymbol = CurrencySymbol,
        };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
