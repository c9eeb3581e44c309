using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines.Mappings;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Simple mapping (sub-pipeline): runs another pipeline once, feeds it this transform's input rows through
/// its Mapping input transform and writes the rows of its Mapping output transform. Input connectors
/// rename parent fields to the names the sub-pipeline expects ("rename on output" renames them back);
/// output connectors rename sub-pipeline fields (parent) to the names this transform writes (child). Parameters are set from the mapping's
/// variable list and, when all variables are inherited, from parent variables of the same name; the
/// sub-pipeline failing fails this transform.
/// </summary>
[Transform("SimpleMapping")]
public sealed class SimpleMappingTransform : TransformBase
{
    private readonly List<(string Parent, string Child)> inputRenames = [];
    private readonly List<(string From, string To)> outputRenames = [];
    private readonly Dictionary<string, string> parameterValues = [];

    public override void Init()
    {
        var mappings = Meta.Element.Element("mappings");
        var input = mappings?.Element("input")?.Elements("mapping").FirstOrDefault(IsMainPath);
        var output = mappings?.Element("output")?.Elements("mapping").FirstOrDefault(IsMainPath);
        foreach (var connector in input?.Elements("connector") ?? [])
        {
            inputRenames.Add((connector.TagOrEmpty("parent"), connector.TagOrEmpty("child")));
        }

        if (input?.Flag("rename_on_output") == true)
        {
            outputRenames.AddRange(inputRenames.Select(r => (r.Child, r.Parent)));
        }

        foreach (var connector in output?.Elements("connector") ?? [])
        {
            // Hop's output connector renames its source field (parent) to its target field (child).
            outputRenames.Add((connector.TagOrEmpty("parent"), connector.TagOrEmpty("child")));
        }

        foreach (var mapping in mappings?.Element("parameters")?.Elements("variablemapping") ?? [])
        {
            parameterValues[mapping.TagOrEmpty("variable")] = Resolve(mapping.Tag("input"));
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var path = ResolveFileName();
        PipelineMeta childMeta;
        try
        {
            childMeta = PipelineMeta.Load(path);
        }
        catch (Exception exception) when (exception is IOException or HopException)
        {
            throw Failure($"the mapping pipeline '{path}' cannot be loaded: {exception.Message}", exception);
        }

        var values = new Dictionary<string, string>(parameterValues);
        if (Meta.Element.Element("mappings")?.Element("parameters")?.Flag("inherit_all_vars", true) ?? true)
        {
            // As in Hop, a sub-pipeline parameter that is also a variable of the parent takes the parent's value.
            foreach (var definition in childMeta.Parameters.Where(p => !values.ContainsKey(p.Name)))
            {
                if (Pipeline.Variables.Get(definition.Name) is { } inherited)
                {
                    values[definition.Name] = inherited;
                }
            }
        }

        var child = new PipelineExecution(childMeta, Pipeline.Context, Pipeline, values);
        foreach (var (name, value) in parameterValues.Where(p => !childMeta.Parameters.Any(d => d.Name == p.Key)))
        {
            child.Variables.Set(name, value);
        }

        var connection = new MappingConnection();
        MappingConnection.Attach(child, connection);
        var run = child.RunAsync(cancellationToken).ContinueWith(
            task =>
            {
                connection.Output.Writer.TryComplete();
                return task;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();

        RowMeta? renamedInput = null;
        RowMeta? sourceInput = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (!ReferenceEquals(sourceInput, InputRowMeta))
            {
                sourceInput = InputRowMeta!;
                renamedInput = Rename(sourceInput, inputRenames.Select(r => (r.Parent, r.Child)));
            }

            await connection.Input.Writer.WriteAsync((renamedInput!, row), cancellationToken);
        }

        connection.InputMeta = renamedInput ?? (InputRowMeta is null ? null : Rename(InputRowMeta, inputRenames.Select(r => (r.Parent, r.Child))));
        connection.Input.Writer.TryComplete();

        RowMeta? sourceOutput = null;
        RowMeta? renamedOutput = null;
        await foreach (var (meta, row) in connection.Output.Reader.ReadAllAsync(cancellationToken))
        {
            if (!ReferenceEquals(sourceOutput, meta))
            {
                sourceOutput = meta;
                renamedOutput = Rename(meta, outputRenames);
            }

            await PutRowAsync(renamedOutput!, row, cancellationToken);
        }

        var result = await run;
        if (connection.OutputMeta is { } outputMeta)
        {
            OutputRowMeta ??= Rename(outputMeta, outputRenames);
        }

        if (result.NrErrors > 0)
        {
            throw Failure($"the mapping pipeline '{path}' failed with {result.NrErrors} error(s).");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => null;

    private string ResolveFileName()
    {
        var name = HopPaths.ToLocalPath(Resolve(Meta.Element.Tag("filename")));
        if (string.IsNullOrEmpty(name))
        {
            throw Failure("no mapping pipeline file is set.");
        }

        var folder = Pipeline.Meta.FilePath is null ? Pipeline.Context.Project.Home : Path.GetDirectoryName(Pipeline.Meta.FilePath)!;
        return Path.GetFullPath(name, folder);
    }

    private static RowMeta Rename(RowMeta meta, IEnumerable<(string From, string To)> renames)
    {
        var map = renames.Where(r => r.From.Length > 0 && r.To.Length > 0)
            .GroupBy(r => r.From, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().To, StringComparer.OrdinalIgnoreCase);
        return map.Count == 0 ? meta : new RowMeta(meta.Fields.Select(f => map.TryGetValue(f.Name, out var to) ? f.Rename(to) : f));
    }

    private static bool IsMainPath(XElement mapping) => mapping.Flag("main_path", true);
}
