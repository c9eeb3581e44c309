namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Dummy: passes every row on unchanged.</summary>
[Transform("Dummy")]
public sealed class DummyTransform : TransformBase
{
}
