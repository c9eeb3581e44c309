using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>
/// A workflow hop. It is followed when it is unconditional, or when the source action is an evaluation
/// and <see cref="Evaluation"/> equals that action's boolean result.
/// </summary>
public sealed record WorkflowHopMeta(string From, string To, bool Enabled, bool Evaluation, bool Unconditional)
{
    public static WorkflowHopMeta Read(XElement element) => new(
        element.TagOrEmpty("from"),
        element.TagOrEmpty("to"),
        element.Flag("enabled", true),
        element.Flag("evaluation", true),
        element.Flag("unconditional"));
}
