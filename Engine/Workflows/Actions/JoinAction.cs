using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Join: waits until every action with an enabled hop into it has finished, then fails with one error per
/// action that failed while its hop into the join expected success. Hops on failure or unconditional
/// hops accept any outcome. It runs once however many branches arrive, so its incoming actions
/// normally run in parallel.
/// NOTE: as in Hop, an incoming action that never runs keeps the join waiting until the workflow stops.
/// </summary>
[Action("JOIN")]
public sealed class JoinAction : ActionBase
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public override bool ResetErrorsBeforeExecution => false;

    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var incoming = Workflow.Meta.Hops
            .Where(h => h.Enabled && h.To.Equals(Name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = incoming.Select(h => (Hop: h, Result: Workflow.LatestResultOf(h.From))).ToList();
            if (results.All(r => r.Result is not null))
            {
                var failed = results
                    .Where(r => !r.Result!.Result && !r.Hop.Unconditional && r.Hop.Evaluation)
                    .Select(r => r.Hop.From)
                    .ToList();
                foreach (var name in failed)
                {
                    Log.Error(Name, $"Action '{name}' failed, but its hop into the join expects success.");
                }

                previous.Result = failed.Count == 0;
                previous.NrErrors = failed.Count;
                return previous;
            }

            await Task.Delay(PollInterval, Workflow.Context.TimeProvider, cancellationToken);
        }
    }
}
