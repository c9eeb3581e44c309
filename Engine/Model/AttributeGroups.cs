using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>Hop's attribute groups (<c>attributes</c> and <c>attributes_hac</c>): group name → key → value.</summary>
public static class AttributeGroups
{
    public const string AsyncStatusGroup = "ASYNC_STATUS_GROUP";
    public const string AsyncServiceNameKey = "enable-asynchronous-pipeline-service-name";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Read(XElement? attributes)
    {
        var groups = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (attributes is null)
        {
            return groups;
        }

        foreach (var group in attributes.Elements("group"))
        {
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var attribute in group.Elements("attribute"))
            {
                entries[attribute.TagOrEmpty("key")] = attribute.TagOrEmpty("value");
            }

            groups[group.TagOrEmpty("name")] = entries;
        }

        return groups;
    }
}
