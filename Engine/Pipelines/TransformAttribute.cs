namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Marks a transform implementation with the plugin id Hop writes in a .hpl <c>&lt;type&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class TransformAttribute(string typeId) : Attribute
{
    public string PluginId { get; } = typeId;
}
