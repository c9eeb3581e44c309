using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Denormalising;

/// <summary>
/// One target field of a Row denormaliser: the value field read from rows whose key field equals
/// <see cref="KeyValue"/>, the output field it fills and how the group's values are combined.
/// </summary>
public sealed record DenormaliserTarget(
    string ValueField,
    string KeyValue,
    ValueMeta Meta,
    string? Format,
    DenormaliserAggregation Aggregation)
{
    private static readonly string[] Codes = ["-", "SUM", "AVERAGE", "MIN", "MAX", "COUNT_ALL", "CONCAT_COMMA"];

    private static readonly string[] EnumNames =
    [
        "TYPE_AGGR_NONE", "TYPE_AGGR_SUM", "TYPE_AGGR_AVERAGE", "TYPE_AGGR_MIN", "TYPE_AGGR_MAX",
        "TYPE_AGGR_COUNT_ALL", "TYPE_AGGR_CONCAT_COMMA",
    ];

    /// <summary>
    /// Reads one <c>&lt;field&gt;</c> of the <c>&lt;fields&gt;</c> list; null when the aggregation is unknown. The
    /// aggregation is a code such as "SUM" or, as metadata injection may write it, Hop's enum name "TYPE_AGGR_SUM".
    /// </summary>
    public static DenormaliserTarget? Read(XElement field, Func<string?, string> resolve)
    {
        var code = field.TagOrEmpty("target_aggregation_type").Trim();
        var index = code.Length == 0
            ? 0
            : Array.FindIndex(Codes, c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            index = Array.FindIndex(EnumNames, c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
        }
        if (index < 0)
        {
            return null;
        }

        // Hop gives the output field only its type, length and precision; the format serves to parse dates.
        var meta = new ValueMeta(field.TagOrEmpty("target_name"), HopValueTypes.Parse(field.Tag("target_type")))
        {
            Length = field.Int("target_length", -1),
            Precision = field.Int("target_precision", -1),
        };
        var format = field.Tag("target_format");
        return new DenormaliserTarget(
            field.TagOrEmpty("field_name"),
            resolve(field.Tag("key_value")),
            meta,
            string.IsNullOrEmpty(format) ? null : format,
            (DenormaliserAggregation)index);
    }

    /// <summary>Returns the aggregation code as written in the XML, for error messages.</summary>
    public static string CodeOf(XElement field) => field.TagOrEmpty("target_aggregation_type");
}
