using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>The Start action: where every workflow begins. It only follows unconditional hops.</summary>
[Action("SPECIAL")]
public sealed class StartAction : ActionBase
{
    public override bool IsEvaluation => false;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        previous.Result = true;
        return Task.FromResult(previous);
    }
}
