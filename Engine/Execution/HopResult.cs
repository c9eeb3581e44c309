namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>
/// Hop's Result: what an action, pipeline or workflow hands to the next action. Counters add up,
/// files merge and rows append when results are combined.
/// </summary>
public sealed class HopResult
{
    public bool Result { get; set; }

    public long NrErrors { get; set; }

    public long NrLinesInput { get; set; }

    public long NrLinesOutput { get; set; }

    public long NrLinesUpdated { get; set; }

    public long NrLinesRead { get; set; }

    public long NrLinesWritten { get; set; }

    public long NrLinesDeleted { get; set; }

    public long NrLinesRejected { get; set; }

    public long NrFilesRetrieved { get; set; }

    public int ExitStatus { get; set; }

    public long EntryNr { get; set; }

    public bool Stopped { get; set; }

    public string? LogText { get; set; }

    public string? LogChannelId { get; set; }

    public long ElapsedTimeMillis { get; set; }

    public List<ResultRow> Rows { get; set; } = [];

    /// <summary>Files keyed by full path, in the order they were added.</summary>
    public Dictionary<string, ResultFile> ResultFiles { get; set; } = new(StringComparer.Ordinal);

    public static HopResult Success() => new() { Result = true };

    public static HopResult Failure(long errors = 1) => new() { Result = false, NrErrors = errors };

    public HopResult Clone(bool keepRows = true) => new()
    {
        Result = Result,
        NrErrors = NrErrors,
        NrLinesInput = NrLinesInput,
        NrLinesOutput = NrLinesOutput,
        NrLinesUpdated = NrLinesUpdated,
        NrLinesRead = NrLinesRead,
        NrLinesWritten = NrLinesWritten,
        NrLinesDeleted = NrLinesDeleted,
        NrLinesRejected = NrLinesRejected,
        NrFilesRetrieved = NrFilesRetrieved,
        ExitStatus = ExitStatus,
        EntryNr = EntryNr,
        Stopped = Stopped,
        LogText = LogText,
        LogChannelId = LogChannelId,
        ElapsedTimeMillis = ElapsedTimeMillis,
        Rows = keepRows ? [.. Rows] : [],
        ResultFiles = new Dictionary<string, ResultFile>(ResultFiles, StringComparer.Ordinal),
    };

    /// <summary>Adds another result into this one: counters are summed, files merged and rows appended.</summary>
    public void Add(HopResult other)
    {
        NrErrors += other.NrErrors;
        NrLinesInput += other.NrLinesInput;
        NrLinesOutput += other.NrLinesOutput;
        NrLinesUpdated += other.NrLinesUpdated;
        NrLinesRead += other.NrLinesRead;
        NrLinesWritten += other.NrLinesWritten;
        NrLinesDeleted += other.NrLinesDeleted;
        NrLinesRejected += other.NrLinesRejected;
        NrFilesRetrieved += other.NrFilesRetrieved;
        Stopped |= other.Stopped;
        Rows.AddRange(other.Rows);
        foreach (var (key, file) in other.ResultFiles)
        {
            ResultFiles[key] = file;
        }
    }

    public void AddFile(string path, string origin, string comment = "", string? parentOrigin = null, string typeCode = "GENERAL")
    {
        var full = System.IO.Path.GetFullPath(path);
        ResultFiles[full] = new ResultFile(full, origin, comment) { ParentOrigin = parentOrigin, TypeCode = typeCode };
    }
}
