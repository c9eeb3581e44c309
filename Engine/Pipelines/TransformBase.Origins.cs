using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Origin of written fields: the name of the transform that first wrote each field.</summary>
public abstract partial class TransformBase
{
    private readonly Dictionary<RowMeta, RowMeta> originLayouts = new(ReferenceEqualityComparer.Instance);
    private RowMeta? lastLayout;
    private RowMeta? lastLayoutWithOrigin;

    /// <summary>
    /// Returns the layout with this transform's name as origin of every field that has none. The copy is
    /// cached per layout instance, so a stream keeps one layout object as long as its transform does.
    /// </summary>
    private RowMeta WithOrigin(RowMeta meta)
    {
        if (ReferenceEquals(meta, lastLayout))
        {
            return lastLayoutWithOrigin!;
        }

        if (!originLayouts.TryGetValue(meta, out var stamped))
        {
            stamped = meta.Fields.Any(f => f.Origin is null)
                ? new RowMeta(meta.Fields.Select(f => f.Origin is null ? f with { Origin = Name } : f))
                : meta;

            // Transforms that build a new layout per row would grow the cache without bound.
            if (originLayouts.Count < 64)
            {
                originLayouts[meta] = stamped;
            }
        }

        lastLayout = meta;
        lastLayoutWithOrigin = stamped;
        return stamped;
    }
}
