using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// End repeat: marks its workflow so that the Repeat action running it stops after this run, and succeeds.
/// </summary>
[Action("EndRepeat")]
public sealed class EndRepeatAction : ActionBase
{
    public const string EndLoopKey = "Repeat.EndLoop";

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        Workflow.ExtensionData[EndLoopKey] = Name;
        return Task.FromResult(previous.Succeeded());
    }
}
