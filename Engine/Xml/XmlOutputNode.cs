using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>One node of an Advanced XML output tree: an element, an attribute or a document fragment.</summary>
public sealed class XmlOutputNode
{
    public string Name { get; init; } = string.Empty;

    public string Kind { get; init; } = "Element";

    public bool Loop { get; init; }

    public bool GroupBy { get; init; }

    public bool ForceCreate { get; init; }

    public string? MappedField { get; init; }

    public string? Format { get; init; }

    public string? DefaultValue { get; init; }

    public string? Currency { get; init; }

    public string? Decimal { get; init; }

    public string? Grouping { get; init; }

    public string? Namespace { get; init; }

    /// <summary>For a fragment: leave out the fragment's outer element when it repeats the parent element.</summary>
    public bool StripOuterElement { get; init; }

    public List<XmlOutputNode> Children { get; } = [];

    public bool IsAttribute => Kind == "Attribute";

    public bool IsFragment => Kind == "DocumentFragment";

    public bool HasElementChildren => Children.Any(c => !c.IsAttribute);

    public bool HasAttributeChildren => Children.Any(c => c.IsAttribute);

    /// <summary>Reads a node and its children from a <c>&lt;tree&gt;</c> or <c>&lt;node&gt;</c> element.</summary>
    public static XmlOutputNode Read(XElement element)
    {
        var node = new XmlOutputNode
        {
            Name = element.TagOrEmpty("name"),
            Kind = element.Tag("kind") is { Length: > 0 } kind ? kind : "Element",
            Loop = element.Flag("loop"),
            GroupBy = element.Flag("group_by"),
            ForceCreate = element.Flag("force_create"),
            MappedField = NullIfEmpty(element.Tag("mapped_field")),
            Format = NullIfEmpty(element.Tag("format")),
            DefaultValue = NullIfEmpty(element.Tag("default_value")),
            Currency = NullIfEmpty(element.Tag("currency")),
            Decimal = NullIfEmpty(element.Tag("decimal")),
            Grouping = NullIfEmpty(element.Tag("group")),
            Namespace = NullIfEmpty(element.Tag("namespace")),
            StripOuterElement = element.Flag("strip_outer_fragment_element"),
        };
        foreach (var child in element.Element("children")?.Elements("node") ?? [])
        {
            node.Children.Add(Read(child));
        }

        return node;
    }

    /// <summary>Finds the path from this node to the loop node, both included; empty when there is no loop.</summary>
    public List<XmlOutputNode> PathToLoop()
    {
        if (Loop)
        {
            return [this];
        }

        foreach (var child in Children)
        {
            var path = child.PathToLoop();
            if (path.Count > 0)
            {
                path.Insert(0, this);
                return path;
            }
        }

        return [];
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
