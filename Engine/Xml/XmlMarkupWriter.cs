using System.Text;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>
/// A small streaming XML writer with the output shape of the StAX writer Hop uses: single-quoted XML
/// declaration, empty elements written as <c>&lt;a/&gt;</c>, and only '&amp;' and '&lt;' escaped in text.
/// </summary>
public sealed class XmlMarkupWriter(TextWriter output)
{
    private readonly Stack<string> open = new();
    private bool startTagPending;

    public int Depth => open.Count;

    public void Declaration(string encoding) => output.Write($"<?xml version='1.0' encoding='{encoding}'?>");

    public void Raw(string text)
    {
        CloseStartTag();
        output.Write(text);
    }

    public void StartElement(string name, string? defaultNamespace = null)
    {
        CloseStartTag();
        output.Write('<');
        output.Write(name);
        open.Push(name);
        startTagPending = true;
        if (defaultNamespace is not null)
        {
            Attribute("xmlns", defaultNamespace);
        }
    }

    public void Attribute(string name, string value)
    {
        output.Write($" {name}=\"");
        foreach (var c in value)
        {
            output.Write(c switch { '&' => "&amp;", '<' => "&lt;", '"' => "&quot;", _ => c.ToString() });
        }

        output.Write('"');
    }

    public void Text(string text)
    {
        CloseStartTag();
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch { '&' => "&amp;", '<' => "&lt;", _ => c.ToString() });
        }

        output.Write(escaped.Replace("]]>", "]]&gt;"));
    }

    public void EndElement()
    {
        var name = open.Pop();
        if (startTagPending)
        {
            output.Write("/>");
            startTagPending = false;
            return;
        }

        output.Write($"</{name}>");
    }

    private void CloseStartTag()
    {
        if (startTagPending)
        {
            output.Write('>');
            startTagPending = false;
        }
    }
}
