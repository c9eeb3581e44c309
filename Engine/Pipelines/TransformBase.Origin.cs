using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Field origins: a field written without one gets the name of the transform that writes it, as in Hop.</summary>
public abstract partial class TransformBase
{
    private const int MaxStampedLayouts = 256;

    private readonly Dictionary<RowMeta, RowMeta> stampedLayouts = new(ReferenceEqualityComparer.Instance);
    private RowMeta? lastUnstamped;
    private RowMeta? lastStamped;

    /// <summary>
    /// Returns the layout with this transform's name as the origin of every field that has none. While a
    /// layout stays cached (up to 256 of them), it gives the same instance, so later transforms can cache per layout.
    /// </summary>
    private RowMeta StampOrigins(RowMeta meta)
    {
        if (ReferenceEquals(meta, lastUnstamped))
        {
            return lastStamped!;
        }

        if (!stampedLayouts.TryGetValue(meta, out var stamped))
        {
            stamped = meta.Fields.All(f => f.Origin is not null)
                ? meta
                : new RowMeta(meta.Fields.Select(f => f.Origin is null ? f with { Origin = Name } : f));
            if (stampedLayouts.Count >= MaxStampedLayouts)
            {
                stampedLayouts.Clear();
            }

            stampedLayouts[meta] = stamped;
        }

        lastUnstamped = meta;
        lastStamped = stamped;
        return stamped;
    }
}
