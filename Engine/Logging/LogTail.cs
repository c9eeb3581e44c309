namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>
/// A page of log lines. <see cref="LastLineNumber"/> is the number to pass as the next <c>from</c>;
/// <see cref="DroppedLines"/> counts lines no longer kept because the log is bounded.
/// </summary>
public sealed record LogTail(IReadOnlyList<LogLine> Lines, long FirstLineNumber, long LastLineNumber, long DroppedLines)
{
    public string Text => Lines.Count == 0 ? string.Empty : string.Join('\n', Lines) + "\n";
}
