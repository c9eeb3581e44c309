namespace Orleans.AsyncHop.Engine.Workflows;

/// <summary>Marks an action implementation with the plugin id Hop writes in a .hwf <c>&lt;type&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ActionAttribute(string pluginId) : Attribute
{
    public string PluginId { get; } = pluginId;
}
