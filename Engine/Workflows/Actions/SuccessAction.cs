using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Success: ends the branch with a true result and no errors.</summary>
[Action("SUCCESS")]
public sealed class SuccessAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        previous.Result = true;
        previous.NrErrors = 0;
        return Task.FromResult(previous);
    }
}
