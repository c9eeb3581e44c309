using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows;

/// <summary>The outcome of one completed action execution, in the order actions finished.</summary>
public sealed record ActionResultEntry(
    string ActionName,
    string ActionType,
    HopResult Result,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Reason);
