using System.Threading.Channels;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines.Injection;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// ETL metadata injection: reads every row of its source transforms, writes their values into the settings
/// of a template pipeline, then saves the injected pipeline (target file) and/or runs it. When a streaming
/// source transform is set, the rows that transform writes in the injected run become this transform's output;
/// rows from the parent's streaming source (this transform's main input) enter the run at the streaming target.
/// </summary>
[Transform("MetaInject")]
public sealed class MetaInjectTransform : TransformBase
{
    private const string CaptureName = "__metainject_stream_capture__";
    private readonly List<InjectionMapping> mappings = [];
    private string[] sourceNames = [];

    public override IReadOnlyCollection<string> InfoStreamNames => sourceNames;

    public override void Init()
    {
        mappings.AddRange(Meta.Element.Element("mappings")?.Elements("mapping").Select(InjectionMapping.Read) ?? []);
        sourceNames = mappings.Where(m => !m.IsConstant).Select(m => m.SourceTransform)
            .Distinct(StringComparer.Ordinal).ToArray();
        OutputRowMeta = DeclaredOutput();
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var sources = new Dictionary<string, SourceRows>(StringComparer.Ordinal);
        foreach (var name in sourceNames)
        {
            var (meta, rows) = await ReadInfoStreamAsync(name, cancellationToken);
            sources[name] = new SourceRows(meta ?? RowMeta.Empty, rows);
            IncrementLinesInput(rows.Count);
        }

        var streamed = new List<object?[]>();
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            streamed.Add(row);
        }

        var templateFile = ResolveFile(Meta.Element.Tag("filename"))
            ?? throw Failure("no template pipeline file is set.");
        if (!File.Exists(templateFile))
        {
            throw Failure($"the template pipeline '{templateFile}' does not exist.");
        }

        var document = XmlExtensions.LoadHopXml(templateFile);
        try
        {
            new MetadataInjector(document.Root!, templateFile, sources, Resolve).Inject(mappings);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        SaveTarget(document);
        if (!Meta.Element.Flag("no_execution"))
        {
            var feed = new StreamFeedTransform(InputRowMeta, streamed);
            await RunInjectedAsync(document.Root!, templateFile, feed, cancellationToken);
        }
    }

    private void SaveTarget(XDocument document)
    {
        var target = ResolveFile(Meta.Element.Tag("target_file"));
        if (target is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            if (!Meta.Element.Flag("create_parent_folder"))
            {
                throw Failure($"the folder of the target file '{target}' does not exist.");
            }

            Directory.CreateDirectory(folder);
        }

        document.Save(target);
    }

    private async Task RunInjectedAsync(
        XElement root, string templateFile, StreamFeedTransform feed, CancellationToken cancellationToken)
    {
        var streamSource = Resolve(Meta.Element.Tag("source_transform"));
        var channel = Channel.CreateUnbounded<(RowMeta Meta, object?[] Row)>();
        var replacements = new Dictionary<string, TransformBase>(StringComparer.Ordinal);
        if (streamSource.Length > 0)
        {
            var source = root.Elements("transform").FirstOrDefault(t => t.TagOrEmpty("name") == streamSource)
                ?? throw Failure($"the streaming source transform '{streamSource}' is not in '{templateFile}'.");
            AddCapture(root, source);
            replacements[CaptureName] = new StreamCaptureTransform(channel.Writer);
        }

        var streamTarget = Resolve(Meta.Element.Tag("stream_target_transform"));
        if (streamTarget.Length > 0 && Resolve(Meta.Element.Tag("stream_source_transform")).Length > 0)
        {
            if (!root.Elements("transform").Any(t => t.TagOrEmpty("name") == streamTarget))
            {
                throw Failure($"the streaming target transform '{streamTarget}' is not in '{templateFile}'.");
            }

            replacements[streamTarget] = feed;
        }

        var meta = PipelineMeta.Parse(root, templateFile);
        var child = new PipelineExecution(meta, Pipeline.Context, Pipeline)
        {
            Substitution = new InjectedRunSubstitution(replacements),
        };
        var run = child.RunAsync(cancellationToken).ContinueWith(
            task =>
            {
                channel.Writer.TryComplete();
                return task;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();

        await foreach (var (rowMeta, row) in channel.Reader.ReadAllAsync(cancellationToken))
        {
            await PutRowAsync(rowMeta, row, cancellationToken);
        }

        var result = await run;
        if (result.NrErrors > 0)
        {
            throw Failure($"the injected pipeline '{templateFile}' failed with {result.NrErrors} error(s).");
        }
    }

    /// <summary>
    /// Adds a placeholder transform after the streaming source. Hop uses a row listener instead, so the source
    /// copies (not distributes) its rows, which keeps every row reaching both the capture and the template's own hops.
    /// </summary>
    private static void AddCapture(XElement root, XElement source)
    {
        source.SetElementValue("distribute", "N");
        root.Add(new XElement(
            "transform",
            new XElement("name", CaptureName),
            new XElement("type", "Dummy"),
            new XElement("copies", "1")));
        var order = root.Element("order");
        if (order is null)
        {
            order = new XElement("order");
            root.Add(order);
        }

        order.Add(new XElement(
            "hop",
            new XElement("from", source.TagOrEmpty("name")),
            new XElement("to", CaptureName),
            new XElement("enabled", "Y")));
    }

    private RowMeta? DeclaredOutput()
    {
        var fields = Meta.Element.Element("source_output_fields")?.Elements("source_output_field").ToList() ?? [];
        if (fields.Count == 0)
        {
            return null;
        }

        return new RowMeta(fields.Select(f => new ValueMeta(
            f.TagOrEmpty("source_output_field_name"),
            HopValueTypes.Parse(f.TagOrEmpty("source_output_field_type")))
        {
            Length = f.Int("source_output_field_length", -1),
            Precision = f.Int("source_output_field_precision", -1),
        }));
    }

    private string? ResolveFile(string? setting)
    {
        var name = HopPaths.ToLocalPath(Resolve(setting));
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var folder = Pipeline.Meta.FilePath is null
            ? Pipeline.Context.Project.Home
            : Path.GetDirectoryName(Pipeline.Meta.FilePath)!;
        return Path.GetFullPath(name, folder);
    }
}
