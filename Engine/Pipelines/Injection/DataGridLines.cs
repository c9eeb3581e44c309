using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Data grid rows are injected as one text per line plus a splitter: Hop splits the text on the splitter
/// (a regular expression, "," when empty) and drops trailing empty values, as Java's String.split does.
/// </summary>
public static class DataGridLines
{
    public const string LinesKey = "injectionDatalines";
    public const string SplitterKey = "splitter";

    public static void Expand(XElement line)
    {
        var text = line.Element(LinesKey)?.Value;
        var splitter = line.Element(SplitterKey)?.Value;
        line.Element(LinesKey)?.Remove();
        line.Element(SplitterKey)?.Remove();
        if (text is null)
        {
            return;
        }

        var pattern = string.IsNullOrEmpty(splitter) ? "," : splitter;
        var parts = Regex.Split(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0)
        {
            count--;
        }

        line.RemoveNodes();
        foreach (var part in parts.Take(count))
        {
            line.Add(new XElement("item", part));
        }
    }
}
