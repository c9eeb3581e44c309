namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>One line of a run's log, numbered from 0 in the order written.</summary>
public sealed record LogLine(long Number, DateTimeOffset Time, HopLogLevel Level, string Subject, string Message)
{
    /// <summary>The pipeline or transform channel that wrote the line; null for workflow lines.</summary>
    public LogChannel? Channel { get; init; }

    /// <summary>Formats the line as Hop's log does: <c>yyyy/MM/dd HH:mm:ss - subject - message</c>.</summary>
    public override string ToString() =>
        $"{Time.ToLocalTime():yyyy/MM/dd HH:mm:ss} - {Subject} - {Message}";
}
