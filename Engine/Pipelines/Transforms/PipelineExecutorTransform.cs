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
        var meta = Load(path);
        var last = rows[^1];
        var values = ExecutorParameter.Resolve(Parameters, last.Meta, last.Values, Variables, InheritAllVariables);
        var variables = InheritAllVariables ? new VariableSpace(Variables) : Pipeline.Context.Project.CreateVariables();
        var declared = meta.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in values.Where(v => !declared.Contains(v.Key)))
        {
            variables.Set(name, value);
        }

        var child = new PipelineExecution(
            meta,
            Pipeline.Context,
            new ChildScope(variables, Pipeline),
            values.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal))
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

    private PipelineMeta Load(string path)
    {
        if (loaded.TryGetValue(path, out var meta))
        {
            return meta;
        }

        try
        {
            meta = PipelineMeta.Load(path);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        loaded[path] = meta;
        return meta;
    }
}
