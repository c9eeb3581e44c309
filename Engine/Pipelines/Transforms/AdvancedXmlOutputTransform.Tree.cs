using System.Xml;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Writing one row into the tree: group changes, the loop element and its static content.</summary>
public sealed partial class AdvancedXmlOutputTransform
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\s*<\?xml[^>]*\?>\s*")]
    private static partial System.Text.RegularExpressions.Regex XmlDeclaration();

    private readonly Dictionary<XmlOutputNode, (int Index, ValueMeta Meta)> mapped = [];
    private string?[]? currentKey;

    /// <summary>Finds each mapped field, applying the node's format to the field's layout.</summary>
    private void PrepareFields(RowMeta meta)
    {
        mapped.Clear();
        Visit(root);

        void Visit(XmlOutputNode node)
        {
            if (node.MappedField is { } field)
            {
                var index = meta.IndexOf(field);
                if (index < 0)
                {
                    throw Failure($"the field '{field}' of node '{node.Name}' is not in the input rows ({meta}).");
                }

                var valueMeta = meta[index] with
                {
                    ConversionMask = node.Format ?? meta[index].ConversionMask,
                    CurrencySymbol = node.Currency ?? meta[index].CurrencySymbol,
                    DecimalSymbol = node.Decimal ?? NullIfEmpty(Settings.Tag("default_decimal_separator"))
                                    ?? meta[index].DecimalSymbol,
                    GroupingSymbol = node.Grouping ?? NullIfEmpty(Settings.Tag("default_grouping_separator"))
                                     ?? meta[index].GroupingSymbol,
                };
                mapped[node] = (index, valueMeta);
            }

            node.Children.ForEach(Visit);
        }
    }

    private void WriteDoctypeAndStylesheet()
    {
        var doctypeRoot = Resolve(Settings.Tag("doctype_root"));
        if (doctypeRoot.Length > 0)
        {
            var publicId = Resolve(Settings.Tag("doctype_public"));
            var systemId = Resolve(Settings.Tag("doctype_system"));
            var doctype = "<!DOCTYPE " + doctypeRoot;
            if (publicId.Length > 0)
            {
                doctype += $" PUBLIC \"{publicId}\"" + (systemId.Length > 0 ? $" \"{systemId}\"" : string.Empty);
            }
            else if (systemId.Length > 0)
            {
                doctype += $" SYSTEM \"{systemId}\"";
            }

            writer!.Raw(doctype + ">");
            NewLine();
        }

        var href = Resolve(Settings.Tag("xsl_stylesheet_href"));
        if (href.Length > 0)
        {
            var type = Resolve(Settings.Tag("xsl_stylesheet_type")) is { Length: > 0 } t ? t : "text/xsl";
            writer!.Raw($"<?xml-stylesheet type=\"{type}\" href=\"{href}\"?>");
            NewLine();
        }
    }

    private void WriteRow(RowMeta meta, object?[] row)
    {
        var groups = pathToParent.Where(n => n.GroupBy).ToList();
        var key = groups
            .Select(g => mapped.TryGetValue(g, out var m) ? ValueConverter.ToText(m.Meta, row[m.Index]) : string.Empty)
            .ToArray();
        if (currentKey is null)
        {
            OpenPath(0, row);
        }
        else
        {
            var changed = Enumerable.Range(0, key.Length).FirstOrDefault(i => key[i] != currentKey[i], -1);
            if (changed >= 0)
            {
                var keep = pathToParent.IndexOf(groups[changed]);
                while (writer!.Depth > keep)
                {
                    writer.EndElement();
                    NewLine();
                }

                OpenPath(keep, row);
            }
        }

        currentKey = key;
        WriteSubtree(loopNode, row, pathToParent.Count > 0 ? pathToParent[^1].Name : null);
        NewLine();
        rowsInCurrentFile = true;
    }

    /// <summary>Opens the path elements from <paramref name="from"/> down to the loop's parent.</summary>
    private void OpenPath(int from, object?[] row)
    {
        for (var i = from; i < pathToParent.Count; i++)
        {
            var node = pathToParent[i];
            writer!.StartElement(node.Name, node.Namespace);
            WriteAttributes(node, row);
            var own = node.GroupBy ? node.DefaultValue : ValueOf(node, row);
            if (own is not null)
            {
                writer.Text(Trimmed(own));
            }

            var staticChildren = node.Children.Where(c => !c.IsAttribute && c != loopNode && !pathToParent.Contains(c));
            foreach (var child in staticChildren)
            {
                WriteSubtree(child, row, node.Name);
            }

            NewLine();
        }
    }

    private void WriteSubtree(XmlOutputNode node, object?[] row, string? parentName)
    {
        if (node.IsAttribute)
        {
            return;
        }

        if (node.IsFragment)
        {
            WriteFragment(node, row, parentName);
            return;
        }

        var value = ValueOf(node, row);
        if (!node.HasElementChildren && !node.HasAttributeChildren && value is null && !node.ForceCreate
            && !Settings.Flag("create_empty_element"))
        {
            return;
        }

        writer!.StartElement(node.Name, node.Namespace);
        WriteAttributes(node, row);
        if (value is not null)
        {
            writer.Text(Trimmed(value));
        }

        node.Children.ForEach(child => WriteSubtree(child, row, node.Name));
        writer.EndElement();
    }

    private void WriteAttributes(XmlOutputNode node, object?[] row)
    {
        foreach (var attribute in node.Children.Where(c => c.IsAttribute))
        {
            var value = ValueOf(attribute, row);
            if (value is not null)
            {
                writer!.Attribute(attribute.Name, Trimmed(value));
            }
            else if (Settings.Flag("create_attr_if_null") || attribute.ForceCreate
                     || (Settings.Flag("create_attr_if_unmapped") && attribute.MappedField is null))
            {
                writer!.Attribute(attribute.Name, attribute.DefaultValue ?? string.Empty);
            }
        }
    }

    /// <summary>
    /// Copies the XML in the mapped field as markup. A fragment that cannot be parsed is logged and skipped.
    /// </summary>
    private void WriteFragment(XmlOutputNode node, object?[] row, string? parentName)
    {
        var fragment = ValueOf(node, row, useDefault: false);
        if (string.IsNullOrEmpty(fragment))
        {
            return;
        }

        try
        {
            var body = XmlDeclaration().Replace(fragment, string.Empty, 1);
            var wrapper = System.Xml.Linq.XElement.Parse(
                "<root>" + body + "</root>", System.Xml.Linq.LoadOptions.PreserveWhitespace);
            var elements = wrapper.Elements().ToList();
            if (node.StripOuterElement && elements.Count == 1 && elements[0].Name.LocalName == parentName)
            {
                wrapper = elements[0];
            }

            foreach (var child in wrapper.Nodes())
            {
                CopyNode(child);
            }
        }
        catch (XmlException exception)
        {
            Log.Error(Name, $"The XML fragment in field '{node.MappedField}' cannot be parsed: {exception.Message}");
        }
    }

    private void CopyNode(System.Xml.Linq.XNode node)
    {
        switch (node)
        {
            case System.Xml.Linq.XElement element:
                writer!.StartElement(element.Name.LocalName);
                foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
                {
                    writer.Attribute(attribute.Name.LocalName, attribute.Value);
                }

                foreach (var child in element.Nodes())
                {
                    CopyNode(child);
                }

                writer.EndElement();
                break;
            case System.Xml.Linq.XText content:
                writer!.Text(content.Value);
                break;
        }
    }

    private string? ValueOf(XmlOutputNode node, object?[] row, bool useDefault = true)
    {
        if (mapped.TryGetValue(node, out var field))
        {
            var value = row[field.Index];
            if (!ValueConverter.IsNull(field.Meta, value))
            {
                return ValueConverter.ToText(field.Meta, value);
            }
        }

        // Hop writes a node's default value when its field is null, as well as for an unmapped node.
        return useDefault ? node.DefaultValue : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private string Trimmed(string value) => Settings.Flag("trim_values") ? value.Trim() : value;
}
