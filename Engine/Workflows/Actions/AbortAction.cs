using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Abort: logs its message, fails with one error and keeps any further action of the workflow from starting.</summary>
[Action("ABORT")]
public sealed class AbortAction : ActionBase
{
    public override bool ResetErrorsBeforeExecution => false;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var message = Resolve(Setting("message"));
        Log.Error(Name, string.IsNullOrEmpty(message) ? "Workflow aborted" : message);
        previous.Result = false;
        previous.NrErrors = 1;
        Workflow.Abort();
        return Task.FromResult(previous);
    }
}
