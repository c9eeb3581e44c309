using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>One action of a workflow as stored in the .hwf file; plugin settings stay in <see cref="Element"/>.</summary>
public sealed class ActionMeta
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    public bool Parallel { get; init; }

    public required XElement Element { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> CopyAttributes { get; init; }
        = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public bool IsStart => Type.Equals("SPECIAL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The async web service this pipeline action reports its status to, or null when unmarked.</summary>
    public string? AsyncServiceName =>
        CopyAttributes.TryGetValue(AttributeGroups.AsyncStatusGroup, out var group)
        && group.TryGetValue(AttributeGroups.AsyncServiceNameKey, out var service)
        && !string.IsNullOrWhiteSpace(service)
            ? service
            : null;

    public static ActionMeta Read(XElement element)
    {
        return new ActionMeta
        {
            Name = element.TagOrEmpty("name"),
            Type = element.TagOrEmpty("type"),
            Parallel = element.Flag("parallel"),
            Element = element,
            CopyAttributes = AttributeGroups.Read(element.Element("attributes_hac") ?? element.Elements("attributes").LastOrDefault()),
        };
    }
}
