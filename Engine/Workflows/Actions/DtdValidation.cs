using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>DTD checks for the DTD validator action.</summary>
internal static partial class DtdValidation
{
    /// <summary>
    /// Replaces the document's DOCTYPE (or adds one after the XML declaration) so that it points at
    /// <paramref name="dtdPath"/>, naming the document's root element.
    /// </summary>
    public static string WithExternalDoctype(string text, string dtdPath)
    {
        var withoutDoctype = Doctype().Replace(text, string.Empty, 1);
        string root;
        using (var reader = XmlReader.Create(
                   new StringReader(withoutDoctype),
                   new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            reader.MoveToContent();
            root = reader.Name;
        }

        var doctype = $"<!DOCTYPE {root} SYSTEM \"{new Uri(Path.GetFullPath(dtdPath)).AbsoluteUri}\">";
        var declaration = Declaration().Match(withoutDoctype);
        return declaration.Success
            ? withoutDoctype.Insert(declaration.Length, "\n" + doctype)
            : doctype + "\n" + withoutDoctype;
    }

    /// <summary>Validates the document against its DTD and collects every validity error.</summary>
    public static void Validate(string text, string baseFolder, List<string> errors)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            ValidationType = ValidationType.DTD,
            XmlResolver = new XmlUrlResolver(),
        };
        settings.ValidationEventHandler += (_, e) =>
            errors.Add($"line {e.Exception.LineNumber}, column {e.Exception.LinePosition}: {e.Message}");
        var baseUri = new Uri(Path.GetFullPath(baseFolder) + Path.DirectorySeparatorChar).AbsoluteUri;
        using var reader = XmlReader.Create(new StringReader(text), settings, baseUri);
        var sawDoctype = false;
        while (reader.Read())
        {
            sawDoctype |= reader.NodeType == XmlNodeType.DocumentType;
        }

        if (!sawDoctype)
        {
            errors.Add("the document declares no DTD");
        }
    }

    [GeneratedRegex(@"<!DOCTYPE\s+[^\[>]*(\[[\s\S]*?\]\s*)?>")]
    private static partial Regex Doctype();

    [GeneratedRegex(@"\A\s*<\?xml[^>]*\?>")]
    private static partial Regex Declaration();
}
