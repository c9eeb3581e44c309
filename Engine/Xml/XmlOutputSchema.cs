using System.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>
/// The XSD Hop's Advanced XML output writes next to its file: one global element with nested complex
/// types, unbounded loop and group elements, and simple types taken from the mapped fields' types.
/// </summary>
public static class XmlOutputSchema
{
    private const string SchemaNamespace = "http://www.w3.org/2001/XMLSchema";

    /// <summary>Writes the schema of <paramref name="root"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, XmlOutputNode root, RowMeta rowMeta)
    {
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        var writer = new XmlMarkupWriter(text);
        writer.Declaration("UTF-8");
        writer.Raw("\n");
        writer.StartElement("xs:schema");
        writer.Attribute("xmlns:xs", SchemaNamespace);
        if (root.Namespace is { } target)
        {
            writer.Attribute("targetNamespace", target);
            writer.Attribute("elementFormDefault", "qualified");
            writer.Attribute("xmlns", target);
        }

        WriteElement(writer, root, rowMeta, true);
        writer.EndElement();
    }

    private static void WriteElement(XmlMarkupWriter writer, XmlOutputNode node, RowMeta rowMeta, bool isRoot)
    {
        writer.StartElement("xs:element");
        writer.Attribute("name", node.Name.Length == 0 ? "_" : node.Name);
        if (!isRoot && (node.Loop || node.GroupBy))
        {
            writer.Attribute("minOccurs", "0");
            writer.Attribute("maxOccurs", "unbounded");
        }

        if (!node.HasElementChildren && !node.HasAttributeChildren)
        {
            writer.Attribute("type", "xs:" + SimpleType(node, rowMeta));
            writer.EndElement();
            return;
        }

        writer.StartElement("xs:complexType");
        if ((node.MappedField is not null || node.DefaultValue is not null) && !node.GroupBy)
        {
            writer.Attribute("mixed", "true");
        }

        var elements = node.Children.Where(c => c.Kind == "Element").ToList();
        var fragments = node.Children.Where(c => c.IsFragment).ToList();
        if (elements.Count + fragments.Count > 0)
        {
            writer.StartElement("xs:sequence");
            elements.ForEach(child => WriteElement(writer, child, rowMeta, false));
            foreach (var fragment in fragments)
            {
                writer.StartElement("xs:any");
                writer.Attribute("processContents", "skip");
                writer.Attribute("minOccurs", "0");
                if (fragment.Loop || fragment.GroupBy)
                {
                    writer.Attribute("maxOccurs", "unbounded");
                }

                writer.EndElement();
            }

            writer.EndElement();
        }

        foreach (var attribute in node.Children.Where(c => c.IsAttribute))
        {
            writer.StartElement("xs:attribute");
            writer.Attribute("name", attribute.Name.Length == 0 ? "_" : attribute.Name);
            writer.Attribute("type", "xs:" + SimpleType(attribute, rowMeta));
            writer.Attribute("use", attribute.ForceCreate ? "required" : "optional");
            writer.EndElement();
        }

        writer.EndElement();
        writer.EndElement();
    }

    private static string SimpleType(XmlOutputNode node, RowMeta rowMeta)
    {
        var index = node.MappedField is null ? -1 : rowMeta.IndexOf(node.MappedField);
        return index < 0
            ? "string"
            : rowMeta[index].Type switch
            {
                HopValueType.Integer => "long",
                HopValueType.Number or HopValueType.BigNumber => "decimal",
                HopValueType.Date or HopValueType.Timestamp => "dateTime",
                HopValueType.Boolean => "boolean",
                HopValueType.Binary => "base64Binary",
                _ => "string",
            };
    }
}
