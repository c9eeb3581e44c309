namespace Orleans.AsyncHop.Grains;

/// <summary>The result of one finished action, or of one still running when <see cref="Result"/> is null.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.ActionResultRecord")]
public sealed record ActionResultRecord(
    string ActionName,
    string ActionType,
    DateTimeOffset Start,
    DateTimeOffset? End,
    ResultRecord? Result,
    string? Reason);
