using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>A named parameter declared by a workflow or pipeline, with its default value.</summary>
public sealed record ParameterDefinition(string Name, string DefaultValue, string Description)
{
    public static IReadOnlyList<ParameterDefinition> ReadAll(XElement? parameters)
    {
        if (parameters is null)
        {
            return [];
        }

        return parameters.Elements("parameter")
            .Select(p => new ParameterDefinition(p.TagOrEmpty("name"), p.TagOrEmpty("default_value"), p.TagOrEmpty("description")))
            .Where(p => p.Name.Length > 0)
            .ToList();
    }
}
