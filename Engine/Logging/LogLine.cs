namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>One line of a run's log, numbered from 0 in the order written.</summary>
public sealed record LogLine(long Number, DateTimeOffset Time, HopLogLevel Level, string Subject, string Message)
{
    /// <summary>The pipeline or transform channel that wrote the line; null for workflow lines.</summary>
    public LogChannel? Channel { get; init; }

    /// <summary>
    /// Formats the line as Hop's log does: <c>yyyy/MM/dd HH:mm:ss - subject - message</c>, with
    /// <c>ERROR: </c> in front of the message of an error line. Each line of a multi-line message gets
    /// the time and subject in front, so a search for "subject - text" finds any of them.
    /// </summary>
    public override string ToString()
    {
        var prefix = $"{Time.ToLocalTime():yyyy/MM/dd HH:mm:ss} - {Subject} - ";
        var lines = Message.Split('\n');
        lines[0] = (Level == HopLogLevel.Error ? "ERROR: " : string.Empty) + lines[0];
        return string.Join('\n', lines.Select(line => prefix + line));
    }
}
