using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Dummy: does nothing and, not being an evaluation, only follows unconditional hops.</summary>
[Action("DUMMY")]
public sealed class DummyAction : ActionBase
{
    public override bool IsEvaluation => false;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        previous.Result = true;
        previous.NrErrors = 0;
        return Task.FromResult(previous);
    }
}
