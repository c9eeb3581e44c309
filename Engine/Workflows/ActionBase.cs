using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Workflows;

/// <summary>
/// One execution of a workflow action. A new instance runs each time the action is reached, with its
/// own copy of the workflow's variables, as Hop's actions copy their parent's variables before running.
/// </summary>
public abstract class ActionBase
{
    public ActionMeta Meta { get; private set; } = null!;

    public string Name => Meta.Name;

    public WorkflowExecution Workflow { get; private set; } = null!;

    public VariableSpace Variables { get; private set; } = null!;

    protected ExecutionLog Log => Workflow.Context.Log;

    /// <summary>
    /// True when the result decides which hops are followed. Actions that are not evaluations
    /// (Start, Dummy) only follow unconditional hops.
    /// </summary>
    public virtual bool IsEvaluation => true;

    /// <summary>False for actions (Abort, Join) that must see the error count of the action before them.</summary>
    public virtual bool ResetErrorsBeforeExecution => true;

    internal void Attach(ActionMeta meta, WorkflowExecution workflow)
    {
        Meta = meta;
        Workflow = workflow;
        Variables = new VariableSpace(workflow.Variables);
        Variables.Set(InternalVariables.ActionId, Guid.NewGuid().ToString());
    }

    /// <summary>Reads the action's settings from <see cref="Meta"/>.</summary>
    public virtual void Init()
    {
    }

    /// <summary>Runs the action. <paramref name="previous"/> is a copy of the previous action's result.</summary>
    public abstract Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken);

    protected string Resolve(string? text) => Variables.Resolve(text);

    protected string Setting(string tag) => Meta.Element.Element(tag)?.Value ?? string.Empty;

    protected HopException Failure(string message, Exception? inner = null) =>
        inner is null
            ? new HopException($"Action '{Name}' in workflow '{Workflow.Name}': {message}")
            : new HopException($"Action '{Name}' in workflow '{Workflow.Name}': {message}", inner);

    /// <summary>Resolves a file name setting and turns Hop's <c>file://</c> URIs and backslashes into a local path.</summary>
    protected string ResolvePath(string? text) => HopPaths.ToLocalPath(Resolve(text));
}
