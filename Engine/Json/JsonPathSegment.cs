namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// One step of a JSONPath: property names (several for a union), indexes, a slice, a filter, or a
/// wildcard; <see cref="DeepScan"/> applies the step to the node and every descendant.
/// </summary>
public sealed record JsonPathSegment(JsonPathStepKind Kind, bool DeepScan)
{
    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<int> Indexes { get; init; } = [];

    public int? SliceStart { get; init; }

    public int? SliceEnd { get; init; }

    public int SliceStep { get; init; } = 1;

    public JsonPathFilter? Filter { get; init; }

    /// <summary>True when the step can select at most one node, so the path stays definite.</summary>
    public bool IsDefinite => !DeepScan && Kind switch
    {
        JsonPathStepKind.Property => Names.Count == 1,
        JsonPathStepKind.Index => Indexes.Count == 1,
        _ => false,
    };
}
