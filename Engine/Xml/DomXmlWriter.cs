using System.Globalization;
using System.Text;
using System.Xml;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>
/// Serializes a DOM tree the way Hop's JAXP identity transformer writes it without indentation: a
/// double-quoted declaration directly followed by the root element, attributes sorted by name (as a
/// Java DOM stores them), empty elements as <c>&lt;a/&gt;</c>, and characters the output encoding
/// cannot hold written as decimal character references.
/// </summary>
public static class DomXmlWriter
{
    /// <summary>Parses XML text into a DOM that keeps whitespace text nodes; DTDs are rejected.</summary>
    public static XmlDocument Parse(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.Load(reader);
        return document;
    }

    /// <summary>Writes the document, with an XML declaration naming the encoding unless omitted.</summary>
    public static string Write(XmlDocument document, string encodingName, bool omitDeclaration)
    {
        var encoding = Encoding.GetEncoding(
            encodingName,
            EncoderFallback.ExceptionFallback,
            DecoderFallback.ExceptionFallback);
        var writer = new Writer(encoding);
        if (!omitDeclaration)
        {
            writer.Output.Append("<?xml version=\"1.0\" encoding=\"").Append(encodingName).Append("\"?>");
        }

        foreach (XmlNode child in document.ChildNodes)
        {
            if (child is XmlDeclaration or XmlDocumentType)
            {
                continue;
            }

            writer.Node(child);
        }

        return writer.Output.ToString();
    }

    private sealed class Writer(Encoding encoding)
    {
        private readonly Encoder encoder = encoding.GetEncoder();
        private readonly char[] single = new char[2];
        private readonly byte[] bytes = new byte[16];

        public StringBuilder Output { get; } = new();

        public void Node(XmlNode node)
        {
            switch (node)
            {
                case XmlElement element:
                    Element(element);
                    break;
                case XmlCDataSection cdata:
                    Output.Append("<![CDATA[").Append(cdata.Value).Append("]]>");
                    break;
                case XmlCharacterData text when node.NodeType is XmlNodeType.Text
                    or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Escape(text.Value ?? string.Empty, attribute: false);
                    break;
                case XmlComment comment:
                    Output.Append("<!--").Append(comment.Value).Append("-->");
                    break;
                case XmlProcessingInstruction instruction:
                    Output.Append("<?").Append(instruction.Target);
                    if (!string.IsNullOrEmpty(instruction.Data))
                    {
                        Output.Append(' ').Append(instruction.Data);
                    }

                    Output.Append("?>");
                    break;
                case XmlEntityReference reference:
                    Output.Append('&').Append(reference.Name).Append(';');
                    break;
            }
        }

        private void Element(XmlElement element)
        {
            Output.Append('<').Append(element.Name);
            var attributes = element.Attributes.Cast<XmlAttribute>()
                .OrderBy(a => a.Name, StringComparer.Ordinal);
            foreach (var attribute in attributes)
            {
                Output.Append(' ').Append(attribute.Name).Append("=\"");
                Escape(attribute.Value, attribute: true);
                Output.Append('"');
            }

            var children = element.ChildNodes.Cast<XmlNode>()
                .Where(c => c is not XmlCharacterData { NodeType: XmlNodeType.Text, Value.Length: 0 })
                .ToList();
            if (children.Count == 0)
            {
                Output.Append("/>");
                return;
            }

            Output.Append('>');
            foreach (var child in children)
            {
                Node(child);
            }

            Output.Append("</").Append(element.Name).Append('>');
        }

        private void Escape(string text, bool attribute)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&':
                        Output.Append("&amp;");
                        continue;
                    case '<':
                        Output.Append("&lt;");
                        continue;
                    case '>':
                        Output.Append("&gt;");
                        continue;
                    case '"' when attribute:
                        Output.Append("&quot;");
                        continue;
                    case '\n' when attribute:
                        Output.Append("&#10;");
                        continue;
                    case '\r':
                        Output.Append("&#13;");
                        continue;
                    case '\t' when attribute:
                        Output.Append("&#9;");
                        continue;
                }

                var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                var length = pair ? 2 : 1;
                if (c < 0x80 || CanEncode(text, i, length))
                {
                    Output.Append(text, i, length);
                }
                else
                {
                    var codePoint = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
                    Output.Append("&#").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
                }

                i += length - 1;
            }
        }

        private bool CanEncode(string text, int index, int length)
        {
            single[0] = text[index];
            if (length == 2)
            {
                single[1] = text[index + 1];
            }

            try
            {
                encoder.Reset();
                encoder.GetBytes(single, 0, length, bytes, 0, flush: true);
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }
    }
}
