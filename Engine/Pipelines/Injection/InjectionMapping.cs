using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// One line of a metadata injection's mapping list: the value of <see cref="SourceField"/> in the rows of
/// <see cref="SourceTransform"/> (or <see cref="SourceField"/> itself as a constant when no source transform
/// is set) goes into the setting <see cref="Key"/> of the template transform <see cref="TargetTransform"/>.
/// </summary>
public sealed record InjectionMapping(
    string TargetTransform,
    string Key,
    bool Detail,
    string SourceTransform,
    string SourceField)
{
    public bool IsConstant => SourceTransform.Length == 0;

    public static InjectionMapping Read(XElement mapping) => new(
        mapping.TagOrEmpty("target_transform_name"),
        mapping.TagOrEmpty("target_attribute_key"),
        mapping.Flag("target_detail"),
        mapping.TagOrEmpty("source_transform"),
        mapping.TagOrEmpty("source_field"));
}
