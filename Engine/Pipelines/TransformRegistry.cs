using System.Reflection;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Finds the transform implementation for a Hop plugin id.</summary>
public static class TransformRegistry
{
    private static readonly Dictionary<string, Type> Types = Discover();

    public static IReadOnlyCollection<string> SupportedTypes => Types.Keys;

    public static bool IsSupported(string typeId) => Types.ContainsKey(typeId);

    public static TransformBase Create(string typeId)
    {
        if (!Types.TryGetValue(typeId, out var type))
        {
            throw new HopException($"transform type '{typeId}' is not supported by this engine");
        }

        return (TransformBase)Activator.CreateInstance(type)!;
    }

    private static Dictionary<string, Type> Discover()
    {
        var types = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(TransformRegistry).Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(TransformBase).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var attribute in type.GetCustomAttributes<TransformAttribute>())
            {
                types[attribute.PluginId] = type;
            }
        }

        return types;
    }
}
