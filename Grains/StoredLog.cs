namespace Orleans.AsyncHop.Grains;

/// <summary>
/// The tail of a finished run's log, one entry per line, so that <c>from=</c> paging keeps working after
/// the run's live log is gone. <see cref="FirstLineNumber"/> is the number of <see cref="Lines"/>[0].
/// </summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.StoredLog")]
public sealed record StoredLog(IReadOnlyList<string> Lines, long FirstLineNumber, long LastLineNumber, long DroppedLines)
{
    /// <summary>The stored lines numbered <paramref name="from"/> and later, as a page.</summary>
    public LogPage Page(long from)
    {
        var skip = (int)Math.Clamp(from - FirstLineNumber, 0, Lines.Count);
        var text = skip >= Lines.Count ? string.Empty : string.Join('\n', Lines.Skip(skip)) + "\n";
        return new LogPage(text, from, LastLineNumber, DroppedLines);
    }
}
