using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>Apache Hop's status texts and derived flags for a run state.</summary>
public static class RunStates
{
    public static string Describe(RunState state) => state switch
    {
        RunState.Waiting => "Waiting",
        RunState.Running => "Running",
        RunState.Halting => "Halting",
        RunState.Finished => "Finished",
        RunState.FinishedWithErrors => "Finished (with errors)",
        RunState.Stopped => "Stopped",
        RunState.StoppedWithErrors => "Stopped (with errors)",
        _ => "Waiting",
    };

    /// <summary>Returns Hop's ActionStatus name: RUNNING without a result, FINISHED for a true result, else STOPPED.</summary>
    public static string ActionStatus(ActionResultRecord action)
    {
        if (action.Result is null)
        {
            return "RUNNING";
        }

        return action.Result.Result ? "FINISHED" : "STOPPED";
    }

    public static bool IsRunning(RunState state) => state is RunState.Running or RunState.Halting;

    public static bool IsFinished(RunState state) => state is RunState.Finished or RunState.FinishedWithErrors;

    public static bool IsStopped(RunState state) => state is RunState.Stopped or RunState.StoppedWithErrors;
}
