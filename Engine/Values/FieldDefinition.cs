using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// The common <c>&lt;field&gt;</c> shape of Data grid, Row generator, Add constants, CSV and text file
/// transforms: the field's metadata plus its null handling and fixed-width position. An empty format
/// stays an empty mask (not null), because Hop then formats numbers from the length and precision.
/// </summary>
public sealed record FieldDefinition(ValueMeta Meta, string? NullIf, string? IfNull, bool SetEmptyString, int Position, bool Repeat)
{
    /// <summary>Reads one <c>&lt;field&gt;</c> element.</summary>
    public static FieldDefinition Read(XElement field)
    {
        var type = HopValueTypes.Parse(field.Tag("type"));
        var meta = new ValueMeta(field.TagOrEmpty("name"), type == HopValueType.None ? HopValueType.String : type)
        {
            Length = field.Int("length", -1),
            Precision = field.Int("precision", -1),
            ConversionMask = field.Tag("format"),
            DecimalSymbol = NullIfEmpty(field.Tag("decimal")),
            GroupingSymbol = NullIfEmpty(field.Tag("group")),
            CurrencySymbol = NullIfEmpty(field.Tag("currency")),
            Trim = TrimTypes.Parse(field.Tag("trim_type")),
        };
        return new FieldDefinition(
            meta,
            field.Tag("nullif"),
            field.Tag("ifnull"),
            field.Flag("set_empty_string"),
            field.Int("position", -1),
            field.Flag("repeat"));
    }

    public static IReadOnlyList<FieldDefinition> ReadAll(XElement? fields) =>
        fields?.Elements("field").Select(Read).ToList() ?? [];

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
