using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Workflows;

namespace Orleans.AsyncHop.Grains;

/// <summary>Turns the Engine's live objects into the serializable records the grains store and return.</summary>
internal static class RunSnapshots
{
    public static RunState ToRunState(ExecutionStatus status) => (RunState)(int)status;

    /// <param name="maxPipelineLogLines">How many of each marked pipeline's latest log lines the snapshot keeps.</param>
    public static RunSnapshot Capture(WorkflowExecution execution, RunDefinition definition, int maxPipelineLogLines)
    {
        // The status is read before anything else. The engine sets a final status only after the last
        // action, so a snapshot with the status Finished also carries the final variables and results.
        var status = execution.Status;
        var statusVariables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in definition.StatusVariables)
        {
            statusVariables[name] = execution.Variables.Get(name);
        }

        var pipelines = execution.Context.AsyncPipelines
            .Where(p => p.Key.ServiceName.Equals(definition.ServiceName, StringComparison.Ordinal))
            .OrderBy(p => p.Key.PipelineName, StringComparer.Ordinal)
            .Select(p => Capture(p.Value.Snapshot(maxPipelineLogLines)))
            .ToList();

        var actions = execution.ActionResults
            .Select(a => new ActionResultRecord(a.ActionName, a.ActionType, a.Start, a.End, Capture(a.Result), a.Reason))
            .Concat(execution.ActiveActions.Select(a => new ActionResultRecord(a.Key, string.Empty, a.Value, null, null, null)))
            .ToList();

        return new RunSnapshot(
            execution.Id,
            definition.ServiceName,
            execution.Name,
            execution.LogChannelId,
            ToRunState(status),
            execution.ErrorDescription,
            execution.StartDate,
            execution.EndDate,
            statusVariables,
            pipelines,
            actions,
            execution.Result is { } result ? Capture(result, execution.Id) : null,
            null);
    }

    public static PipelineStatusRecord Capture(PipelineStatusSnapshot snapshot) => new(
        snapshot.Id,
        snapshot.PipelineName,
        ToRunState(snapshot.Status),
        snapshot.ErrorDescription,
        snapshot.SnapshotTime,
        snapshot.ExecutionStartDate,
        snapshot.ExecutionEndDate,
        snapshot.Transforms.Select(t => new TransformStatusRecord(
            t.TransformName, t.Copy, t.LinesRead, t.LinesWritten, t.LinesInput, t.LinesOutput, t.LinesUpdated,
            t.LinesRejected, t.Errors, t.InputBufferSize, t.OutputBufferSize, t.StatusDescription, t.Seconds,
            t.Speed, t.Priority, t.Stopped, t.Paused, t.LogText)).ToList(),
        snapshot.LogText);

    public static ResultRecord Capture(HopResult result, string? containerId = null) => new(
        result.Result,
        result.NrErrors,
        result.NrLinesInput,
        result.NrLinesOutput,
        result.NrLinesUpdated,
        result.NrLinesRead,
        result.NrLinesWritten,
        result.NrLinesDeleted,
        result.NrLinesRejected,
        result.NrFilesRetrieved,
        result.ExitStatus,
        result.EntryNr,
        result.Stopped,
        result.LogChannelId,
        result.ElapsedTimeMillis,
        containerId);
}
