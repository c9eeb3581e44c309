using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Pipeline: runs a .hpl file once, or once per incoming result row, and succeeds when the pipeline has
/// no errors. A pipeline action marked for async logging registers its live status with the run.
/// </summary>
[Action("PIPELINE")]
public sealed class PipelineAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            throw Failure("no pipeline file name is set.");
        }

        CheckRunConfiguration(RunConfiguration.PipelineMetadataType);
        var meta = PipelineMeta.Load(path);
        var parameters = ChildParameters.Read(Meta.Element.Element("parameters"));
        var perRow = Meta.Element.Flag("exec_per_row");
        var rows = perRow ? previous.Rows.ToList() : [];
        var iterations = perRow ? rows.Count : 1;

        var result = previous.Clone();
        if (Meta.Element.Flag("clear_rows"))
        {
            result.Rows.Clear();
        }

        if (Meta.Element.Flag("clear_files"))
        {
            result.ResultFiles.Clear();
        }

        var combined = new HopResult { Result = true };
        var producedRows = new List<ResultRow>();
        for (var i = 0; i < iterations; i++)
        {
            var row = perRow ? rows[i] : null;
            var (values, variables) = parameters.Resolve(meta.Parameters, Variables, row);
            var execution = new PipelineExecution(meta, Workflow.Context, Workflow, values)
            {
                PreviousResult = perRow ? new HopResult { Rows = [row!] } : result.Clone(),
            };
            execution.Variables.SetAll(variables.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
            if (Meta.AsyncServiceName is { } service)
            {
                Workflow.Context.AsyncPipelines[(meta.Name, service)] = execution;
            }

            var timeoutSetting = Resolve(Setting("wait_timeout"));
            using var timeout = new WaitTimeout(timeoutSetting, execution.Stop, Workflow.Context.TimeProvider);
            var pipelineResult = await execution.RunAsync(cancellationToken);
            if (timeout.Elapsed)
            {
                var limit = timeout.Milliseconds;
                Log.Error(Name, $"The pipeline '{meta.Name}' exceeded the wait timeout of {limit} ms and was stopped.");
                pipelineResult.NrErrors = Math.Max(1, pipelineResult.NrErrors);
            }

            combined.NrLinesRead += pipelineResult.NrLinesRead;
            combined.NrLinesWritten += pipelineResult.NrLinesWritten;
            combined.NrLinesInput += pipelineResult.NrLinesInput;
            combined.NrLinesOutput += pipelineResult.NrLinesOutput;
            combined.NrLinesUpdated += pipelineResult.NrLinesUpdated;
            combined.NrLinesRejected += pipelineResult.NrLinesRejected;
            combined.NrErrors += pipelineResult.NrErrors;
            producedRows.AddRange(pipelineResult.Rows);
            foreach (var (key, file) in pipelineResult.ResultFiles)
            {
                result.ResultFiles[key] = file;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (pipelineResult.NrErrors > 0)
            {
                break;
            }
        }

        result.NrLinesRead = combined.NrLinesRead;
        result.NrLinesWritten = combined.NrLinesWritten;
        result.NrLinesInput = combined.NrLinesInput;
        result.NrLinesOutput = combined.NrLinesOutput;
        result.NrLinesUpdated = combined.NrLinesUpdated;
        result.NrLinesRejected = combined.NrLinesRejected;
        if (producedRows.Count > 0 || !perRow)
        {
            result.Rows = producedRows.Count > 0 ? producedRows : result.Rows;
        }

        result.NrErrors = combined.NrErrors > 0 ? 1 : 0;
        result.Result = result.NrErrors == 0;
        return result;
    }

    private void CheckRunConfiguration(string type)
    {
        var name = Resolve(Setting("run_configuration"));
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var configuration = RunConfiguration.Find(Workflow.Context.Project, type, name);
        if (configuration is null && Workflow.Context.Project.Metadata.Names(type).Count > 0)
        {
            throw Failure($"the run configuration '{name}' does not exist in {type}.");
        }

        if (configuration is not null && !configuration.IsLocal)
        {
            throw Failure($"run configuration '{name}' uses the '{configuration.EngineType}' engine; only the Local engine is supported.");
        }
    }
}
