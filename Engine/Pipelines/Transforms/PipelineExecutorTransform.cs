using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines.Executors;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Pipeline executor: runs a child pipeline per group of input rows (one row by default). The group is the
/// child's result rows ("Get rows from result"); parameters come from the last row of the group.
/// </summary>
[Transform("PipelineExecutor")]
public sealed class PipelineExecutorTransform : ExecutorTransformBase
{
    private readonly Dictionary<string, PipelineMeta> loaded = new(StringComparer.Ordinal);

    protected override async Task<ChildRun> RunChildAsync(
        string path, IReadOnlyList<ResultRow> rows, CancellationToken cancellationToken)
    {
        var meta = LoadChild(loaded, path, PipelineMeta.Load);
        var last = rows[^1];
        var values = ExecutorParameter.Resolve(Parameters, last.Meta, last.Values, Variables, InheritAllVariables);
        var variables = InheritAllVariables ? new VariableSpace(Variables) : Pipeline.Context.Project.CreateVariables();
        var parameterValues = ExecutorParameter.SplitDeclared(values, meta.Parameters, variables);
        var child = new PipelineExecution(meta, Pipeline.Context, new ChildScope(variables, Pipeline), parameterValues)
        {
            PreviousResult = new HopResult { Result = true, Rows = [.. rows] },
        };
        var result = await child.RunAsync(cancellationToken);
        if (result.NrErrors > 0)
        {
            Log.Error(Name, $"The pipeline '{path}' run by transform '{Name}' ended with {result.NrErrors} error(s).");
        }

        return new ChildRun(result, child.LogChannelId);
    }
}
