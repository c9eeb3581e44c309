namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Lifecycle of a run as stored and sent between grains; the values match the Engine's execution status
/// so that Apache Hop's status texts can be derived from it.
/// </summary>
[GenerateSerializer]
[Alias("AsyncHop.RunState")]
public enum RunState
{
    Waiting = 0,
    Running = 1,
    Halting = 2,
    Finished = 3,
    FinishedWithErrors = 4,
    Stopped = 5,
    StoppedWithErrors = 6,
}
