using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Workflow: runs a child .hwf once, or once per incoming result row. The child starts from this action's
/// previous result (its rows and files) and its result becomes the action's result. A wait timeout
/// stops a child that runs too long and fails the action.
/// </summary>
[Action("WORKFLOW")]
public sealed class WorkflowAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            throw Failure("no workflow file name is set.");
        }

        var meta = WorkflowMeta.Load(path);
        var parameters = ChildParameters.Read(Meta.Element.Element("parameters"));
        var perRow = Meta.Element.Flag("exec_per_row");
        var rows = perRow ? previous.Rows.ToList() : [];
        var iterations = perRow ? rows.Count : 1;

        var last = previous.Clone();
        long errors = 0;
        for (var i = 0; i < iterations; i++)
        {
            var row = perRow ? rows[i] : null;
            // Hop passes a workflow the parent's parameter values, not its other variables.
            var (values, variables) = parameters.Resolve(meta.Parameters, Variables, row, ParentParameterValue);
            var input = previous.Clone();
            if (row is not null)
            {
                input.Rows = [row];
            }

            var child = new WorkflowExecution(meta, Workflow.Context, Workflow, values) { PreviousResult = input };
            child.Variables.SetAll(variables.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
            var timeoutSetting = Resolve(Setting("wait_timeout"));
            using var timeout = new WaitTimeout(timeoutSetting, child.Stop, Workflow.Context.TimeProvider);
            var childResult = await child.RunAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (timeout.Elapsed)
            {
                var limit = timeout.Milliseconds;
                Log.Error(Name, $"The workflow '{meta.Name}' exceeded the wait timeout of {limit} ms and was stopped.");
                childResult.Result = false;
                childResult.NrErrors = Math.Max(1, childResult.NrErrors);
            }

            errors += childResult.NrErrors;
            last = childResult;
            if (!childResult.Result)
            {
                break;
            }
        }

        last.NrErrors = errors;
        last.Result = errors == 0 && last.Result;
        return last;
    }

    private string? ParentParameterValue(string name) =>
        Workflow.Meta.Parameters.Any(p => p.Name == name) ? Variables.Get(name) : null;
}
