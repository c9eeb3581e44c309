using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>Polls a run grain until its status matches, for at most a minute.</summary>
public static class RunWaiter
{
    public static async Task<RunSnapshot> WaitForAsync(IGrainFactory grains, string id, Func<RunSnapshot, bool> condition)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var grain = grains.GetGrain<IWorkflowExecutionGrain>(id);
        while (true)
        {
            var status = await grain.GetStatusAsync();
            if (status is not null && condition(status))
            {
                return status;
            }

            await Task.Delay(50, cancellation.Token);
        }
    }

    public static bool HasEnded(RunSnapshot run) =>
        run.State is RunState.Finished or RunState.FinishedWithErrors or RunState.Stopped or RunState.StoppedWithErrors;
}
