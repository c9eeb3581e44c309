using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Repeat: runs a pipeline or workflow again and again. The loop ends when the end variable is set (to
/// the end value, ignoring case, when one is configured) or when a child workflow runs End repeat. A
/// failed or stopped run also ends it and fails the action. The action waits the delay in seconds
/// between runs. With "keep values" each run starts from the variables the previous run ended with.
/// Without an end variable or End repeat it runs until the workflow is stopped, as in Hop.
/// </summary>
[Action("Repeat")]
public sealed class RepeatAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            throw Failure("no pipeline or workflow file to repeat is set.");
        }

        var isPipeline = path.EndsWith(".hpl", StringComparison.OrdinalIgnoreCase);
        if (!isPipeline && !path.EndsWith(".hwf", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"'{path}' is neither a pipeline (.hpl) nor a workflow (.hwf).");
        }

        var delayText = Resolve(Setting("delay"));
        var delay = TimeSpan.Zero;
        if (delayText.Length > 0)
        {
            var parsed = long.TryParse(
                delayText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds);
            if (!parsed || seconds < 0)
            {
                throw Failure($"the delay '{delayText}' is not a whole number of seconds.");
            }

            delay = TimeSpan.FromSeconds(seconds);
        }

        if (IsConditionMet(Variables))
        {
            return previous;
        }

        var keepValues = Meta.Element.Flag("keep_values");
        Dictionary<string, string?>? keptVariables = null;
        HopResult? last = null;
        for (var repetition = 1; !cancellationToken.IsCancellationRequested; repetition++)
        {
            var (result, variables, endFlag) = isPipeline
                ? await RunPipelineAsync(path, keptVariables, cancellationToken)
                : await RunWorkflowAsync(path, keptVariables, cancellationToken);
            last = result;
            keptVariables = keepValues ? variables.Snapshot() : null;
            if (!result.Result || result.NrErrors > 0 || result.Stopped)
            {
                Log.Error(Name, $"Run {repetition} of '{path}' failed or was stopped, which ends the repeat loop.");
                previous.Result = false;
                break;
            }

            if (endFlag || IsConditionMet(variables))
            {
                Log.Detailed(Name, $"The repeat loop ends after run {repetition}");
                break;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, Workflow.Context.TimeProvider, cancellationToken);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (last is not null)
        {
            previous.Add(last);
        }

        return previous;
    }

    private async Task<(HopResult Result, VariableSpace Variables, bool EndFlag)> RunPipelineAsync(
        string path, Dictionary<string, string?>? kept, CancellationToken cancellationToken)
    {
        var meta = PipelineMeta.Load(path);
        var (parameters, variables) = Parameters(meta.Parameters);
        var execution = new PipelineExecution(meta, Workflow.Context, Workflow, parameters);
        Apply(execution.Variables, kept, variables);
        var result = await execution.RunAsync(cancellationToken);
        result.Result = result.NrErrors == 0;
        return (result, execution.Variables, false);
    }

    private async Task<(HopResult Result, VariableSpace Variables, bool EndFlag)> RunWorkflowAsync(
        string path, Dictionary<string, string?>? kept, CancellationToken cancellationToken)
    {
        var meta = WorkflowMeta.Load(path);
        var (parameters, variables) = Parameters(meta.Parameters);
        var child = new WorkflowExecution(meta, Workflow.Context, Workflow, parameters);
        Apply(child.Variables, kept, variables);
        var result = await child.RunAsync(cancellationToken);
        return (result, child.Variables, child.ExtensionData.ContainsKey(EndRepeatAction.EndLoopKey));
    }

    /// <summary>Splits the configured parameters into values for declared parameters and plain variables.</summary>
    private (Dictionary<string, string> Parameters, Dictionary<string, string> Variables) Parameters(
        IReadOnlyList<ParameterDefinition> declared)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in Meta.Element.Element("parameters")?.Elements("parameter") ?? [])
        {
            var name = parameter.TagOrEmpty("name");
            if (name.Length == 0)
            {
                continue;
            }

            var value = Resolve(parameter.TagOrEmpty("value"));
            (declared.Any(d => d.Name == name) ? parameters : variables)[name] = value;
        }

        return (parameters, variables);
    }

    private static void Apply(
        VariableSpace target,
        Dictionary<string, string?>? kept,
        Dictionary<string, string> variables)
    {
        if (kept is not null)
        {
            target.SetAll(kept);
        }

        target.SetAll(variables.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
    }

    /// <summary>
    /// Returns true when the end variable is set and, if an end value is configured, equals it ignoring case.
    /// </summary>
    private bool IsConditionMet(VariableSpace variables)
    {
        var nameSetting = Setting("variable_name");
        if (nameSetting.Length == 0)
        {
            return false;
        }

        var value = variables.Get(variables.Resolve(nameSetting));
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var expected = Resolve(Setting("variable_value"));
        return expected.Length == 0 || expected.Equals(value, StringComparison.OrdinalIgnoreCase);
    }
}
