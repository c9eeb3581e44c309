using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>
/// One mapping between a Hop field and a vCard property. For e-mail addresses and telephone numbers the
/// parameter types (for example "VOICE,WORK") select the entry to read and are the types written.
/// </summary>
public sealed record VCardFieldMapping(string HopField, VCardProperty Property, string ParameterTypes)
{
    /// <summary>Reads the <c>field</c> elements of a vCard transform; a mapping without field or known property is invalid.</summary>
    public static List<VCardFieldMapping> ReadAll(XElement transform, Func<string?, string> resolve)
    {
        var mappings = new List<VCardFieldMapping>();
        foreach (var element in transform.Elements("field"))
        {
            var field = resolve(element.Tag("hop_field"));
            var code = element.TagOrEmpty("property");
            if (field.Length == 0)
            {
                throw new HopException($"a vCard field mapping has no Hop field (property '{code}'); each mapping needs a field and a property.");
            }

            var property = VCardProperties.Parse(code)
                ?? throw new HopException($"the vCard property '{code}' of field '{field}' is invalid.");
            mappings.Add(new VCardFieldMapping(field, property, element.TagOrEmpty("parameter_types")));
        }

        return mappings;
    }
}
