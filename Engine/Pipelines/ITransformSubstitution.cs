using Orleans.AsyncHop.Engine.Model;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// Lets the caller of a pipeline run replace transform copies with its own implementations, as Hop's
/// unit tests replace a transform with a data set injector or a row-capturing dummy.
/// </summary>
public interface ITransformSubstitution
{
    /// <summary>Returns the transform to run for this copy instead of the plugin, or null to run the plugin.</summary>
    TransformBase? Substitute(TransformMeta meta, int copyNr);
}
