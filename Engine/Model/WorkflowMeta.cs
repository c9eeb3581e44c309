using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>A workflow loaded from a .hwf file.</summary>
public sealed class WorkflowMeta
{
    public required string Name { get; init; }

    public string? FilePath { get; init; }

    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];

    public IReadOnlyList<ActionMeta> Actions { get; init; } = [];

    public IReadOnlyList<WorkflowHopMeta> Hops { get; init; } = [];

    public static WorkflowMeta Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new HopException($"Workflow file '{path}' does not exist.");
        }

        var document = XmlExtensions.LoadHopXml(path);
        return Parse(document.Root, path);
    }

    public static WorkflowMeta Parse(XElement? root, string? path)
    {
        if (root is null || root.Name.LocalName != "workflow")
        {
            throw new HopException($"'{path ?? "(inline)"}' is not a Hop workflow: the root element must be <workflow>.");
        }

        var name = root.TagOrEmpty("name");
        if (path is not null && (root.Flag("name_sync_with_filename") || name.Length == 0))
        {
            name = Path.GetFileNameWithoutExtension(path);
        }

        return new WorkflowMeta
        {
            Name = name,
            FilePath = path is null ? null : Path.GetFullPath(path),
            Parameters = ParameterDefinition.ReadAll(root.Element("parameters")),
            Actions = root.Element("actions")?.Elements("action").Select(ActionMeta.Read).ToList() ?? [],
            Hops = root.Element("hops")?.Elements("hop").Select(WorkflowHopMeta.Read).ToList() ?? [],
        };
    }

    public ActionMeta? FindAction(string name) =>
        Actions.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
