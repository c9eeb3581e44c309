using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Workflows;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>The outcome of running one file: success as hop-run decides it, the result and the log.</summary>
public sealed record LocalRunOutcome(bool Success, HopResult Result, string? ErrorDescription, ExecutionLog Log);

/// <summary>
/// Runs one .hwf or .hpl file in a project, as Hop's hop-run does: parameters given on the command line
/// set declared parameters or else variables. A workflow succeeds when its result is true, a pipeline
/// when it has no errors.
/// </summary>
public static class LocalRunner
{
    public static async Task<LocalRunOutcome> RunFileAsync(
        string file,
        string projectHome,
        IReadOnlyDictionary<string, string> parameters,
        HopLogLevel level = HopLogLevel.Basic,
        Action<LogLine>? onLine = null,
        CancellationToken cancellationToken = default)
    {
        var project = HopProject.Load(projectHome);
        var log = new ExecutionLog(level, maxLines: 100_000);
        if (onLine is not null)
        {
            log.LineWritten += onLine;
        }

        var context = new RunContext(project, log);
        var path = Path.GetFullPath(file, project.Home);
        if (path.EndsWith(".hpl", StringComparison.OrdinalIgnoreCase))
        {
            var pipelineMeta = PipelineMeta.Load(path);
            var pipeline = new PipelineExecution(pipelineMeta, context, null, parameters);
            SetUndeclared(pipelineMeta.Parameters, parameters, pipeline.Variables);
            var pipelineResult = await pipeline.RunAsync(cancellationToken);
            return new LocalRunOutcome(pipelineResult.NrErrors == 0, pipelineResult, pipeline.Snapshot().ErrorDescription, log);
        }

        var meta = WorkflowMeta.Load(path);
        var workflow = new WorkflowExecution(meta, context, null, parameters);
        SetUndeclared(meta.Parameters, parameters, workflow.Variables);
        var result = await workflow.RunAsync(cancellationToken);
        return new LocalRunOutcome(result.Result, result, workflow.ErrorDescription, log);
    }

    private static void SetUndeclared(
        IReadOnlyList<ParameterDefinition> declared,
        IReadOnlyDictionary<string, string> values,
        Variables.VariableSpace variables)
    {
        foreach (var (name, value) in values)
        {
            if (!declared.Any(p => p.Name == name))
            {
                variables.Set(name, value);
            }
        }
    }
}
