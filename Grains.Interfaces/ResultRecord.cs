namespace Orleans.AsyncHop.Grains;

/// <summary>Hop's Result counters for an action or a whole workflow.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.ResultRecord")]
public sealed record ResultRecord(
    bool Result,
    long NrErrors,
    long NrLinesInput,
    long NrLinesOutput,
    long NrLinesUpdated,
    long NrLinesRead,
    long NrLinesWritten,
    long NrLinesDeleted,
    long NrLinesRejected,
    long NrFilesRetrieved,
    int ExitStatus,
    long EntryNr,
    bool Stopped,
    string? LogChannelId,
    long ElapsedTimeMillis,
    string? ContainerId);
