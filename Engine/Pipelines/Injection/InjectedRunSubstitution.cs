using Orleans.AsyncHop.Engine.Model;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Replaces transforms of an injected pipeline run by name: the placeholder that captures the streamed
/// output, and the streaming target transform that receives the injection transform's input rows.
/// </summary>
public sealed class InjectedRunSubstitution(IReadOnlyDictionary<string, TransformBase> replacements)
    : ITransformSubstitution
{
    public TransformBase? Substitute(TransformMeta meta, int copyNr) =>
        copyNr == 0 && replacements.TryGetValue(meta.Name, out var transform) ? transform : null;
}
