namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// One delimiter and enclosure pairing under test, with its line streaks and, after <see cref="Evaluate"/>,
/// the header, data and footer line counts.
/// </summary>
public sealed class DelimiterDetection(char delimiter, char? enclosure)
{
    private readonly List<LineStreak> streaks = [];

    public char Delimiter { get; } = delimiter;

    public char? Enclosure { get; } = enclosure;

    public long BadHeaders { get; private set; }

    public long BadFooters { get; private set; }

    public long DataLines { get; private set; }

    /// <summary>Delimiters per data line, so a line has one field more.</summary>
    public long DataLineFrequency { get; private set; }

    public bool ConsistentEnclosure { get; private set; } = true;

    public bool EnclosureSeen { get; private set; }

    internal int StreakCount => streaks.Count;

    internal void AddLine(LineStreak line)
    {
        var previous = streaks.Count == 0 ? null : streaks[^1];
        if (previous is not null && previous.Frequency == line.Frequency
            && (Enclosure is null || (previous.ConsistentEnclosure && line.ConsistentEnclosure)))
        {
            previous.Length++;
            previous.EnclosureSeen |= line.EnclosureSeen;
            return;
        }

        streaks.Add(line);
    }

    /// <summary>Takes the last streak at least as long as every earlier one (with consistent enclosures) as the data.</summary>
    internal void Evaluate()
    {
        if (streaks.Count == 0)
        {
            return;
        }

        var first = streaks[0];
        var longest = first.Length;
        BadHeaders = 0;
        DataLines = first.Length;
        DataLineFrequency = first.Frequency;
        BadFooters = 0;
        ConsistentEnclosure = first.ConsistentEnclosure;
        EnclosureSeen = first.EnclosureSeen;
        foreach (var streak in streaks.Skip(1))
        {
            EnclosureSeen |= streak.EnclosureSeen;
            if (streak.Length >= longest && streak.ConsistentEnclosure)
            {
                BadHeaders += DataLines + BadFooters;
                BadFooters = 0;
                DataLines = streak.Length;
                DataLineFrequency = streak.Frequency;
                longest = streak.Length;
            }
            else
            {
                BadFooters += streak.Length;
            }
        }
    }
}
