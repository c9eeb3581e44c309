using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Pipelines.Transforms;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Applies a unit test to a pipeline run as Hop does: a transform with an input data set becomes an
/// injector of its rows, a transform with a golden data set becomes a Dummy whose first copy records the
/// rows it reads, a bypassed transform becomes a Dummy and a removed one disappears with its hops.
/// </summary>
public sealed class UnitTestSubstitution : ITransformSubstitution
{
    private readonly PipelineUnitTest test;
    private readonly Dictionary<string, (RowMeta Meta, List<object?[]> Rows)> inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapturedRows> captures = new(StringComparer.Ordinal);

    private UnitTestSubstitution(PipelineUnitTest test) => this.test = test;

    /// <summary>Rows recorded per golden transform name.</summary>
    public IReadOnlyDictionary<string, CapturedRows> Captures => captures;

    /// <summary>
    /// Prepares the substitution and returns the pipeline to run (without removed transforms). Input data
    /// sets are read now, so a broken data set fails before any transform starts.
    /// </summary>
    public static (UnitTestSubstitution Substitution, PipelineMeta Pipeline) Prepare(
        PipelineUnitTest test, PipelineMeta pipeline, MetadataStore metadata, VariableSpace variables)
    {
        var substitution = new UnitTestSubstitution(test);
        foreach (var transform in pipeline.Transforms)
        {
            if (test.FindInput(transform.Name) is { DataSetName.Length: > 0 } input)
            {
                var dataSet = DataSet.Load(metadata, variables.Resolve(input.DataSetName));
                var (meta, rows) = dataSet.ReadMapped(input, variables);
                var renamed = new RowMeta(meta.Fields.Select((f, i) => f.Rename(input.FieldMappings[i].TransformField)));
                substitution.inputs[transform.Name] = (renamed, rows);
            }

            if (test.FindGolden(transform.Name) is { DataSetName.Length: > 0 })
            {
                substitution.captures[transform.Name] = new CapturedRows();
            }
        }

        return (substitution, RemoveTransforms(pipeline, test));
    }

    public TransformBase? Substitute(TransformMeta meta, int copyNr)
    {
        if (copyNr == 0 && inputs.TryGetValue(meta.Name, out var input))
        {
            return new DataSetInjectorTransform(input.Meta, input.Rows);
        }

        if (captures.TryGetValue(meta.Name, out var capture))
        {
            return copyNr == 0 ? new GoldenCaptureTransform(capture) : new DummyTransform();
        }

        var bypassed = test.Tweaks.TryGetValue(meta.Name, out var tweak) && tweak == UnitTestTweak.BypassTransform;
        return bypassed || inputs.ContainsKey(meta.Name) ? new DummyTransform() : null;
    }

    private static PipelineMeta RemoveTransforms(PipelineMeta pipeline, PipelineUnitTest test)
    {
        var removed = test.Tweaks
            .Where(t => t.Value == UnitTestTweak.RemoveTransform)
            .Select(t => t.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (removed.Count == 0)
        {
            return pipeline;
        }

        return new PipelineMeta
        {
            Name = pipeline.Name,
            FilePath = pipeline.FilePath,
            Parameters = pipeline.Parameters,
            Transforms = pipeline.Transforms.Where(t => !removed.Contains(t.Name)).ToList(),
            Hops = pipeline.Hops.Where(h => !removed.Contains(h.From) && !removed.Contains(h.To)).ToList(),
            ErrorHandling = pipeline.ErrorHandling
                .Where(e => !removed.Contains(e.SourceTransform) && !removed.Contains(e.TargetTransform))
                .ToList(),
        };
    }
}
