using Orleans.AsyncHop.Engine.Model;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>Puts the capture transform in place of the placeholder transform added to the injected pipeline.</summary>
public sealed class StreamCaptureSubstitution(string placeholder, StreamCaptureTransform capture) : ITransformSubstitution
{
    public TransformBase? Substitute(TransformMeta meta, int copyNr) => meta.Name == placeholder ? capture : null;
}
