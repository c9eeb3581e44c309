using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>A row passed between actions through the Result ("result rows").</summary>
public sealed record ResultRow(RowMeta Meta, object?[] Values);
