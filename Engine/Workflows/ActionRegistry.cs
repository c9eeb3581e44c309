using System.Reflection;

namespace Orleans.AsyncHop.Engine.Workflows;

/// <summary>Finds the action implementation for a Hop plugin id.</summary>
public static class ActionRegistry
{
    private static readonly Dictionary<string, Type> Types = Discover();

    public static IReadOnlyCollection<string> SupportedTypes => Types.Keys;

    public static bool IsSupported(string pluginId) => Types.ContainsKey(pluginId);

    public static ActionBase Create(string pluginId)
    {
        if (!Types.TryGetValue(pluginId, out var type))
        {
            throw new HopException($"action type '{pluginId}' is not supported by this engine");
        }

        return (ActionBase)Activator.CreateInstance(type)!;
    }

    private static Dictionary<string, Type> Discover()
    {
        var types = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(ActionRegistry).Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(ActionBase).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var attribute in type.GetCustomAttributes<ActionAttribute>())
            {
                types[attribute.PluginId] = type;
            }
        }

        return types;
    }
}
