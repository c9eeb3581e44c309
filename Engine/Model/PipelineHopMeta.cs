using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>A pipeline hop: rows flow from one transform to another.</summary>
public sealed record PipelineHopMeta(string From, string To, bool Enabled)
{
    public static PipelineHopMeta Read(XElement element) =>
        new(element.TagOrEmpty("from"), element.TagOrEmpty("to"), element.Flag("enabled", true));
}
