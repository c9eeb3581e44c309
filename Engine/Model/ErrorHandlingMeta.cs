using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>
/// Error handling of a transform: rows that fail go to <see cref="TargetTransform"/> with extra fields
/// holding the number of errors, their descriptions, the failing field names and error codes.
/// </summary>
public sealed record ErrorHandlingMeta(
    string SourceTransform,
    string TargetTransform,
    bool Enabled,
    string? NrErrorsField,
    string? DescriptionsField,
    string? FieldsField,
    string? CodesField,
    long MaxErrors)
{
    public static ErrorHandlingMeta Read(XElement element) => new(
        element.TagOrEmpty("source_transform") is { Length: > 0 } s ? s : element.TagOrEmpty("source_step"),
        element.TagOrEmpty("target_transform") is { Length: > 0 } t ? t : element.TagOrEmpty("target_step"),
        element.Flag("is_enabled"),
        NullIfEmpty(element.Tag("nr_valuename")),
        NullIfEmpty(element.Tag("descriptions_valuename")),
        NullIfEmpty(element.Tag("fields_valuename")),
        NullIfEmpty(element.Tag("codes_valuename")),
        element.Long("max_errors", -1));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
