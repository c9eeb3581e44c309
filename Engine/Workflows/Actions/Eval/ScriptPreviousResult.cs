using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>The previous action's result exposed to scripts, with the getters of Hop's Result.</summary>
public sealed class ScriptPreviousResult(HopResult result)
{
    public bool GetResult() => result.Result;

    public bool IsResult() => result.Result;

    public long GetNrErrors() => result.NrErrors;

    public long GetNrLinesInput() => result.NrLinesInput;

    public long GetNrLinesOutput() => result.NrLinesOutput;

    public long GetNrLinesRead() => result.NrLinesRead;

    public long GetNrLinesWritten() => result.NrLinesWritten;

    public long GetNrLinesUpdated() => result.NrLinesUpdated;

    public long GetNrLinesRejected() => result.NrLinesRejected;

    public long GetNrLinesDeleted() => result.NrLinesDeleted;

    public long GetNrFilesRetrieved() => result.NrFilesRetrieved;

    public int GetExitStatus() => result.ExitStatus;

    public long GetEntryNr() => result.EntryNr;

    public bool IsStopped() => result.Stopped;

    public string GetLogText() => result.LogText ?? string.Empty;

    public long GetElapsedTimeMillis() => result.ElapsedTimeMillis;

    public ScriptList GetResultFilesList() => new([.. result.ResultFiles.Values.Select(f => new ScriptResultFile(f))]);

    public ScriptList GetRows() => new([.. result.Rows.Select(r => new ScriptRow(r))]);
}
