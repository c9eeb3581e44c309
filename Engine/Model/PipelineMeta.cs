using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>A pipeline loaded from a .hpl file.</summary>
public sealed class PipelineMeta
{
    public required string Name { get; init; }

    public string? FilePath { get; init; }

    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];

    public IReadOnlyList<TransformMeta> Transforms { get; init; } = [];

    /// <summary>Enabled hops only; disabled hops do not carry rows.</summary>
    public IReadOnlyList<PipelineHopMeta> Hops { get; init; } = [];

    public IReadOnlyList<ErrorHandlingMeta> ErrorHandling { get; init; } = [];

    public static PipelineMeta Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new HopException($"Pipeline file '{path}' does not exist.");
        }

        var document = XmlExtensions.LoadHopXml(path);
        return Parse(document.Root, path);
    }

    public static PipelineMeta Parse(XElement? root, string? path)
    {
        if (root is null || root.Name.LocalName != "pipeline")
        {
            throw new HopException($"'{path ?? "(inline)"}' is not a Hop pipeline: the root element must be <pipeline>.");
        }

        var info = root.Element("info") ?? new XElement("info");
        var name = info.TagOrEmpty("name");
        if (path is not null && (info.Flag("name_sync_with_filename") || name.Length == 0))
        {
            name = Path.GetFileNameWithoutExtension(path);
        }

        var errorRoot = root.Element("transform_error_handling") ?? root.Element("step_error_handling");
        return new PipelineMeta
        {
            Name = name,
            FilePath = path is null ? null : Path.GetFullPath(path),
            Parameters = ParameterDefinition.ReadAll(info.Element("parameters")),
            Transforms = root.Elements("transform").Concat(root.Elements("step")).Select(TransformMeta.Read).ToList(),
            Hops = root.Element("order")?.Elements("hop").Select(PipelineHopMeta.Read).Where(h => h.Enabled).ToList() ?? [],
            ErrorHandling = errorRoot?.Elements("error").Select(ErrorHandlingMeta.Read).Where(e => e.Enabled).ToList() ?? [],
        };
    }

    public TransformMeta? FindTransform(string name) =>
        Transforms.FirstOrDefault(t => t.Name.Equals(name, StringComparison.Ordinal));
}
