using System.Xml;
using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>
/// Reads the flat tag layout that Apache Hop writes for every action, transform and setting.
/// </summary>
public static class XmlExtensions
{
    /// <summary>Returns the text of the first child element with that name, or null when it is absent.</summary>
    public static string? Tag(this XElement element, string name) => element.Element(name)?.Value;

    /// <summary>Returns the text of a child element, or an empty string when it is absent.</summary>
    public static string TagOrEmpty(this XElement element, string name) => element.Element(name)?.Value ?? string.Empty;

    /// <summary>Reads a Hop boolean: only "Y" (any case) is true; a missing tag takes the default.</summary>
    public static bool Flag(this XElement element, string name, bool defaultValue = false)
    {
        var value = element.Element(name)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            return defaultValue;
        }

        return value.Equals("Y", StringComparison.OrdinalIgnoreCase)
            || value.Equals("true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads an integer tag; empty or unparsable text gives the default, as Hop's Const.toInt does.</summary>
    public static int Int(this XElement element, string name, int defaultValue = 0)
    {
        var value = element.Element(name)?.Value;
        return int.TryParse(value?.Trim(), out var parsed) ? parsed : defaultValue;
    }

    /// <summary>Reads a long tag; empty or unparsable text gives the default.</summary>
    public static long Long(this XElement element, string name, long defaultValue = 0)
    {
        var value = element.Element(name)?.Value;
        return long.TryParse(value?.Trim(), out var parsed) ? parsed : defaultValue;
    }

    /// <summary>
    /// Loads a Hop XML file. Some Hop files carry a second XML declaration after the licence comment,
    /// which strict parsers reject, so a declaration that does not start the text is removed first.
    /// </summary>
    public static XDocument LoadHopXml(string path)
    {
        var text = File.ReadAllText(path);
        var firstDeclaration = text.IndexOf("<?xml", StringComparison.Ordinal);
        if (firstDeclaration >= 0)
        {
            var next = text.IndexOf("<?xml", firstDeclaration + 5, StringComparison.Ordinal);
            while (next > 0)
            {
                var end = text.IndexOf("?>", next, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                text = text.Remove(next, end + 2 - next);
                next = text.IndexOf("<?xml", firstDeclaration + 5, StringComparison.Ordinal);
            }
        }

        try
        {
            return XDocument.Parse(text, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            throw new HopException($"The file '{path}' is not valid XML: {exception.Message}", exception);
        }
    }
}
