using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Pipelines.Transforms;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Testing;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>
/// Hop's pipeline variable resolver: runs a pipeline with the expression in a variable and returns the
/// first row of its output transform as a JSON object of field names and texts.
/// </summary>
public static class PipelineVariableResolver
{
    public static string Resolve(HopProject project, JsonObject options, string expression, VariableSpace variables)
    {
        var filename = variables.Resolve(Text(options, "filename"));
        if (filename.Length == 0)
        {
            throw new HopException($"The pipeline variable resolver has no pipeline file set for expression '{expression}'.");
        }

        var variableName = variables.Resolve(Text(options, "expressionVariableName"));
        if (variableName.Length == 0)
        {
            throw new HopException($"The pipeline variable resolver has no expression variable name set for expression '{expression}'.");
        }

        var outputName = variables.Resolve(Text(options, "outputTransformName"));
        var meta = PipelineMeta.Load(HopPaths.ToLocalPath(filename));
        var capture = new CapturedRows();
        var context = new RunContext(project, new ExecutionLog());
        var pipeline = new PipelineExecution(meta, context, parentScope: null)
        {
            Substitution = new OutputCapture(outputName, capture),
        };
        foreach (var (name, value) in variables.Snapshot().Where(v => !pipeline.Variables.Contains(v.Key)))
        {
            pipeline.Variables.Set(name, value);
        }

        pipeline.Variables.Set(variableName, expression);

        // Variable resolution is synchronous in Hop and here, so the pipeline runs to its end on the pool.
        var result = Task.Run(() => pipeline.RunAsync()).GetAwaiter().GetResult();
        if (result.NrErrors > 0)
        {
            throw new HopException(
                $"The resolver pipeline '{filename}' failed for expression '{expression}': {pipeline.FirstError}");
        }

        if (capture.Rows.Count == 0 || capture.Meta is not { } rowMeta)
        {
            return "{}";
        }

        var row = capture.Rows[0];
        var members = rowMeta.Fields
            .Select((field, i) => (field.Name, Values.ValueConverter.ToText(field, row[i])))
            .ToList();
        return JsonSimpleObject.Write(members);
    }

    private static string Text(JsonObject options, string key) =>
        options[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

    /// <summary>Records the rows of the output transform while it passes them on as a Dummy does.</summary>
    private sealed class OutputCapture(string outputName, CapturedRows capture) : ITransformSubstitution
    {
        public TransformBase? Substitute(TransformMeta meta, int copyNr)
        {
            if (meta.Name != outputName)
            {
                return null;
            }

            return copyNr == 0 ? new GoldenCaptureTransform(capture) : new DummyTransform();
        }
    }
}
