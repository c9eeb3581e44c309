using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Wait for (Delay): waits the configured time in seconds, minutes or hours; a stop request ends the wait.</summary>
[Action("DELAY")]
public sealed class DelayAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var text = Resolve(Setting("maximumTimeout"));
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            throw Failure($"the delay '{text}' is not a non-negative number.");
        }

        var unit = Setting("scaletime");
        var delay = unit switch
        {
            "1" => TimeSpan.FromMinutes(amount),
            "2" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromSeconds(amount),
        };
        Log.Detailed(Name, $"Waiting {delay.TotalSeconds:0.###} seconds");
        await Task.Delay(delay, Workflow.Context.TimeProvider, cancellationToken);
        // Like Hop, the error count of the action before is kept.
        previous.Result = true;
        return previous;
    }
}
