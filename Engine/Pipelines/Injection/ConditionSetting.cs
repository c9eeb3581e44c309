using System.Xml;
using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// A condition injected as text: Hop's CONDITION keys take the condition's XML (&lt;condition&gt;…)
/// and store it under &lt;compare&gt;.
/// </summary>
public static class ConditionSetting
{
    public const string Tag = "compare";

    public static void Apply(XElement transform, string? xml)
    {
        var compare = transform.Element(Tag);
        if (compare is null)
        {
            compare = new XElement(Tag);
            transform.Add(compare);
        }

        compare.RemoveNodes();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return;
        }

        try
        {
            compare.Add(XElement.Parse(xml));
        }
        catch (XmlException exception)
        {
            throw new HopException(
                $"the injected condition is not valid condition XML: {exception.Message}", exception);
        }
    }
}
