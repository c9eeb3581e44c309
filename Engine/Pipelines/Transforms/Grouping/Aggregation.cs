using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>One aggregate of a group-by transform: output field, subject field, function and its argument.</summary>
public sealed record Aggregation(string Field, string Subject, AggregationType Type, string? Value)
{
    private static readonly string[] Codes =
    [
        "-", "SUM", "AVERAGE", "MEDIAN", "PERCENTILE", "MIN", "MAX", "COUNT_ALL", "CONCAT_COMMA", "FIRST", "LAST",
        "FIRST_INCL_NULL", "LAST_INCL_NULL", "CUM_SUM", "CUM_AVG", "STD_DEV", "CONCAT_STRING", "COUNT_DISTINCT",
        "COUNT_ANY", "STD_DEV_SAMPLE", "PERCENTILE_NEAREST_RANK", "CONCAT_STRING_CRLF", "CONCAT_DISTINCT", "MOVING_AVG",
    ];

    public static Aggregation Read(XElement field) =>
        new(field.TagOrEmpty("aggregate"), field.TagOrEmpty("subject"), ParseType(field.Tag("type")), field.Tag("valuefield"));

    /// <summary>Parses a type code; Hop also accepts the numeric index of the code.</summary>
    public static AggregationType ParseType(string? code)
    {
        var text = code?.Trim() ?? string.Empty;
        var index = Array.FindIndex(Codes, c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return (AggregationType)index;
        }

        return int.TryParse(text, out var number) && number >= 0 && number < Codes.Length
            ? (AggregationType)number
            : AggregationType.None;
    }
}
