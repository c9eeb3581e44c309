using System.Text.Json.Nodes;

namespace Orleans.AsyncHop.Engine.Projects;

/// <summary>A workflow or pipeline run configuration; only the local engine is supported.</summary>
public sealed record RunConfiguration(string Name, string EngineType)
{
    public const string WorkflowMetadataType = "workflow-run-configuration";
    public const string PipelineMetadataType = "pipeline-run-configuration";
    public const string LocalEngine = "Local";

    public static RunConfiguration? Find(HopProject project, string type, string name)
    {
        var json = project.Metadata.Find(type, name);
        if (json is null)
        {
            return null;
        }

        var engine = (json["engineRunConfiguration"] as JsonObject)?.Select(p => p.Key).FirstOrDefault() ?? string.Empty;
        return new RunConfiguration(name, engine);
    }

    public bool IsLocal => EngineType.Equals(LocalEngine, StringComparison.OrdinalIgnoreCase);
}
