namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>
/// The log of one run, shared by the workflow and everything it starts. It keeps at most
/// <see cref="MaxLines"/> recent lines so that a long run does not grow memory without bound; the lines
/// sit in a ring, so reading from a line number costs only the lines returned.
/// </summary>
public sealed class ExecutionLog
{
    public const int DefaultMaxLines = 5000;

    private readonly List<LogLine> ring = [];
    private readonly Lock sync = new();
    private readonly TimeProvider timeProvider;
    private int start;
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

    /// <summary>The number the next line will get: the count of lines written so far.</summary>
    public long NextLineNumber
    {
        get
        {
            lock (sync)
            {
                return nextNumber;
            }
        }
    }

    /// <summary>Called for every line written, for example to echo the log on a console.</summary>
    public event Action<LogLine>? LineWritten;

    public bool IsEnabled(HopLogLevel level) => level <= Level && level != HopLogLevel.Nothing;

    public void Write(HopLogLevel level, string subject, string message)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var channel = LogChannel.Current;
        LogLine line;
        lock (sync)
        {
            line = new LogLine(nextNumber++, timeProvider.GetUtcNow(), level, subject, message) { Channel = channel };
            if (ring.Count < MaxLines)
            {
                ring.Add(line);
            }
            else
            {
                ring[start] = line;
                start = (start + 1) % MaxLines;
                dropped++;
            }
        }

        LineWritten?.Invoke(line);
    }

    public void Basic(string subject, string message) => Write(HopLogLevel.Basic, subject, message);

    public void Error(string subject, string message) => Write(HopLogLevel.Error, subject, message);

    public void Detailed(string subject, string message) => Write(HopLogLevel.Detailed, subject, message);

    /// <summary>Returns the kept lines numbered <paramref name="from"/> and later, optionally filtered.</summary>
    public LogTail Read(long from = 0, Func<LogLine, bool>? filter = null) => Read(from, long.MaxValue, filter);

    /// <summary>
    /// Returns the kept lines numbered from <paramref name="from"/> up to, not including, <paramref name="to"/>,
    /// optionally filtered. <see cref="LogTail.FirstLineNumber"/> echoes <paramref name="from"/>.
    /// </summary>
    public LogTail Read(long from, long to, Func<LogLine, bool>? filter = null)
    {
        lock (sync)
        {
            var firstKept = nextNumber - ring.Count;
            var first = Math.Max(from, firstKept);
            var end = Math.Min(to, nextNumber);
            var selected = new List<LogLine>();
            for (var number = first; number < end; number++)
            {
                var line = ring[(int)((start + (number - firstKept)) % ring.Count)];
                if (filter is null || filter(line))
                {
                    selected.Add(line);
                }
            }

            return new LogTail(selected, from, nextNumber, dropped);
        }
    }

    /// <summary>The kept lines written under <paramref name="channel"/> or a channel below it, in a number range.</summary>
    public LogTail ReadChannel(LogChannel channel, long from, long to = long.MaxValue) =>
        Read(from, to, line => line.Channel is { } lineChannel && lineChannel.IsWithin(channel));
}
