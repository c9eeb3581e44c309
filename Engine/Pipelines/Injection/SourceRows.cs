using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>All rows one source transform sent to a metadata injection, with their layout.</summary>
public sealed record SourceRows(RowMeta Meta, IReadOnlyList<object?[]> Rows);
