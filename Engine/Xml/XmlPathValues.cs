using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>XPath helpers shared by the XML transforms: loading, namespace stripping and result text.</summary>
public static class XmlPathValues
{
    /// <summary>
    /// Parses XML text keeping whitespace, so that node XML is written back as it was read. Without namespace
    /// awareness every element and attribute is reduced to its local name, so plain XPath matches as in Hop.
    /// </summary>
    public static XDocument Parse(string text, bool namespaceAware)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        if (!namespaceAware)
        {
            StripNamespaces(document);
        }

        return document;
    }

    /// <summary>The nodes a loop XPath selects, in document order.</summary>
    public static List<XObject> SelectNodes(XNode context, string xpath, IXmlNamespaceResolver? resolver) =>
        context.XPathEvaluate(xpath, resolver) is IEnumerable<object> nodes ? nodes.OfType<XObject>().ToList() : [];

    /// <summary>The XPath string value of an expression (the first node's text for a node set), or null.</summary>
    public static string? ValueOf(XNode context, string xpath, IXmlNamespaceResolver? resolver) =>
        context.XPathEvaluate(xpath, resolver) switch
        {
            IEnumerable<object> nodes => nodes.FirstOrDefault() is { } first ? TextOf(first) : null,
            double number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            string text => text,
            _ => null,
        };

    /// <summary>The XML of the first node the expression selects (its text for attributes and text nodes).</summary>
    public static string? XmlOf(XNode context, string xpath, IXmlNamespaceResolver? resolver) =>
        context.XPathEvaluate(xpath, resolver) switch
        {
            IEnumerable<object> nodes => nodes.FirstOrDefault() switch
            {
                XElement element => element.ToString(SaveOptions.DisableFormatting),
                XNode node => node.ToString(SaveOptions.DisableFormatting),
                { } other => TextOf(other),
                null => null,
            },
            var scalar => ValueOf(context, xpath, resolver) ?? scalar?.ToString(),
        };

    private static string? TextOf(object node) => node switch
    {
        XElement element => element.Value,
        XAttribute attribute => attribute.Value,
        XText text => text.Value,
        XComment comment => comment.Value,
        XProcessingInstruction instruction => instruction.Data,
        XDocument document => document.Root?.Value,
        _ => node.ToString(),
    };

    private static void StripNamespaces(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            element.Name = element.Name.LocalName;
            var attributes = element.Attributes()
                .Where(a => !a.IsNamespaceDeclaration)
                .Select(a => new XAttribute(a.Name.LocalName, a.Value))
                .GroupBy(a => a.Name)
                .Select(g => g.First())
                .ToList();
            element.ReplaceAttributes(attributes);
        }
    }
}
