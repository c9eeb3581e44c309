namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>
/// The lifecycle of a workflow or pipeline run. <see cref="ExecutionStatuses.Describe"/> gives the
/// exact text Apache Hop reports for each value.
/// </summary>
public enum ExecutionStatus
{
    Waiting = 0,
    Running = 1,
    Halting = 2,
    Finished = 3,
    FinishedWithErrors = 4,
    Stopped = 5,
    StoppedWithErrors = 6,
}

/// <summary>Hop's status texts and the derived flags its status documents carry.</summary>
public static class ExecutionStatuses
{
    public static string Describe(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Waiting => "Waiting",
        ExecutionStatus.Running => "Running",
        ExecutionStatus.Halting => "Halting",
        ExecutionStatus.Finished => "Finished",
        ExecutionStatus.FinishedWithErrors => "Finished (with errors)",
        ExecutionStatus.Stopped => "Stopped",
        ExecutionStatus.StoppedWithErrors => "Stopped (with errors)",
        _ => "Waiting",
    };

    public static bool IsTerminal(ExecutionStatus status) => status is ExecutionStatus.Finished
        or ExecutionStatus.FinishedWithErrors or ExecutionStatus.Stopped or ExecutionStatus.StoppedWithErrors;

    public static bool IsActive(ExecutionStatus status) => status is ExecutionStatus.Running or ExecutionStatus.Halting;
}
