using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Projects;

namespace Orleans.AsyncHop.Benchmarks.Pipelines;

/// <summary>Runs one .hpl with the engine and returns the rows its last transform wrote.</summary>
public static class PipelineRunner
{
    public static long Run(string file, string lastTransform, IReadOnlyDictionary<string, string> parameters)
    {
        var folder = Path.GetDirectoryName(file)!;
        var context = new RunContext(HopProject.Load(folder), new ExecutionLog(HopLogLevel.Minimal, maxLines: 1000));
        var pipeline = new PipelineExecution(PipelineMeta.Load(file), context, null, parameters);
        var result = pipeline.RunAsync().GetAwaiter().GetResult();
        if (result.NrErrors > 0)
        {
            throw new InvalidOperationException($"The pipeline {file} failed: {pipeline.Snapshot().ErrorDescription}");
        }

        return pipeline.Transforms.Where(t => t.Name == lastTransform).Sum(t => t.LinesWritten);
    }
}
