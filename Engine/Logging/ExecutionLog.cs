namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>
/// The log of one run, shared by the workflow and everything it starts. It keeps at most
/// <see cref="MaxLines"/> recent lines so that a long run does not grow memory without bound.
/// </summary>
public sealed class ExecutionLog
{
    public const int DefaultMaxLines = 5000;

    private readonly Queue<LogLine> lines = new();
    private readonly Lock sync = new();
    private readonly TimeProvider timeProvider;
    private long nextNumber;
    private long dropped;

    public ExecutionLog(HopLogLevel level = HopLogLevel.Basic, int maxLines = DefaultMaxLines, TimeProvider? timeProvider = null)
    {
        Level = level;
        MaxLines = Math.Max(1, maxLines);
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    public HopLogLevel Level { get; }

    public int MaxLines { get; }

    /// <summary>Called for every line written, for example to echo the log on a console.</summary>
    public event Action<LogLine>? LineWritten;

    public bool IsEnabled(HopLogLevel level) => level <= Level && level != HopLogLevel.Nothing;

    public void Write(HopLogLevel level, string subject, string message)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        LogLine line;
        lock (sync)
        {
            line = new LogLine(nextNumber++, timeProvider.GetUtcNow(), level, subject, message);
            lines.Enqueue(line);
            if (lines.Count > MaxLines)
            {
                lines.Dequeue();
                dropped++;
            }
        }

        LineWritten?.Invoke(line);
    }

    public void Basic(string subject, string message) => Write(HopLogLevel.Basic, subject, message);

    public void Error(string subject, string message) => Write(HopLogLevel.Error, subject, message);

    public void Detailed(string subject, string message) => Write(HopLogLevel.Detailed, subject, message);

    /// <summary>Returns the kept lines numbered <paramref name="from"/> and later, optionally filtered by subject.</summary>
    public LogTail Read(long from = 0, Func<LogLine, bool>? filter = null)
    {
        lock (sync)
        {
            var selected = lines.Where(l => l.Number >= from && (filter is null || filter(l))).ToList();
            return new LogTail(selected, selected.Count > 0 ? selected[0].Number : from, nextNumber, dropped);
        }
    }
}
