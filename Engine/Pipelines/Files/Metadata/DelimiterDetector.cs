namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Finds the delimiter and enclosure of a delimited text as Hop's File metadata transform does: for each
/// delimiter (with each enclosure, then without one) it counts delimiters per line, groups consecutive lines
/// with the same count into streaks, and takes the longest late streak as the data lines. The first pairing,
/// in candidate order, whose data lines have delimiters, at most 30 header and footer lines, and (with an
/// enclosure) enclosures that were seen and always sit at value edges, wins.
/// </summary>
public static class DelimiterDetector
{
    private const long MaxBadHeaderLines = 30;
    private const long MaxBadFooterLines = 30;

    /// <summary>Returns the detection, or null when no pairing qualifies.</summary>
    public static DelimiterDetection? Detect(TextReader input, IReadOnlyList<char> delimiters, IReadOnlyList<char> enclosures, long rowLimit)
    {
        var results = new List<DelimiterDetection>();
        foreach (var delimiter in delimiters)
        {
            results.AddRange(enclosures.Select(enclosure => new DelimiterDetection(delimiter, enclosure)));
            results.Add(new DelimiterDetection(delimiter, null));
        }

        var enclosureSeen = new bool[results.Count];
        long lineNumber = 0;
        while ((rowLimit <= 0 || lineNumber <= rowLimit) && input.ReadLine() is { } line)
        {
            lineNumber++;
            for (var j = 0; j < results.Count; j++)
            {
                var (frequency, consistent, open, seen) = Scan(line, results[j].Delimiter, results[j].Enclosure);
                enclosureSeen[j] |= seen;
                results[j].AddLine(new LineStreak(frequency, consistent && !open, enclosureSeen[j]));
            }

            // Candidates with too many streaks can no longer qualify. As in Hop, the "enclosure seen" flags
            // stay at their positions while the list shrinks.
            results.RemoveAll(r => r.StreakCount >= MaxBadFooterLines + MaxBadHeaderLines);
        }

        foreach (var result in results)
        {
            result.Evaluate();
        }

        return results.FirstOrDefault(Qualifies);
    }

    private static bool Qualifies(DelimiterDetection d) =>
        d.DataLineFrequency > 0
        && d.BadFooters <= MaxBadFooterLines
        && d.BadHeaders <= MaxBadHeaderLines
        && (d.Enclosure is null || (d.ConsistentEnclosure && d.EnclosureSeen));

    /// <summary>
    /// Counts the delimiters outside enclosures and checks that every enclosure sits at the line's edge,
    /// next to a delimiter or next to another enclosure.
    /// </summary>
    private static (long Frequency, bool Consistent, bool Open, bool Seen) Scan(string line, char delimiter, char? enclosure)
    {
        long frequency = 0;
        var open = false;
        var consistent = true;
        var seen = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (enclosure is not { } quote)
            {
                frequency += c == delimiter ? 1 : 0;
                continue;
            }

            if (!open && c == delimiter)
            {
                frequency++;
            }

            if (c != quote)
            {
                continue;
            }

            seen = true;
            consistent = consistent
                && ((i == 0 && !open)
                    || (i == line.Length - 1 && open)
                    || (i > 0 && line[i - 1] == delimiter && !open)
                    || (i > 0 && line[i - 1] == quote && !open)
                    || (line.Length > i + 1 && line[i + 1] == delimiter && open)
                    || (line.Length > i + 1 && line[i + 1] == quote && open));
            open = !open;
        }

        return (frequency, consistent, open, seen);
    }
}
