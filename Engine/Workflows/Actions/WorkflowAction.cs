using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Workflow: runs a child .hwf once, or once per incoming result row; its result becomes the action's result.</summary>
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
            var (values, variables) = parameters.Resolve(meta.Parameters, Variables, row);
            var child = new WorkflowExecution(meta, Workflow.Context, Workflow, values);
            child.Variables.SetAll(variables.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
            var childResult = await child.RunAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
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
}
