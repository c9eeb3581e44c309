using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Scripting;

/// <summary>What the script helper functions reach: the transform's variables, its pipeline and the log.</summary>
internal sealed class ScriptHost(VariableSpace variables, PipelineExecution pipeline, ExecutionLog log, string transformName)
{
    public VariableSpace Variables { get; } = variables;

    public string? GetVariable(string name) => Variables.Get(name);

    /// <summary>
    /// Hop's setVariable scopes: "s" (system: every workflow above), "r" (root workflow), "p" (parent
    /// workflow), "g" (grand-parent workflow). The transform and its pipeline always get the value too.
    /// </summary>
    public void SetVariable(string name, string? value, string scope)
    {
        var hopScope = scope.Trim().ToLowerInvariant() switch
        {
            "s" or "system" => "JVM",
            "r" or "root" => "ROOT_WORKFLOW",
            "p" or "parent" => "PARENT_WORKFLOW",
            "g" or "grandparent" => "GRAND_PARENT_WORKFLOW",
            _ => throw new HopException($"Transform '{transformName}': setVariable scope '{scope}' is not one of s, r, p or g."),
        };
        Variables.Set(name, value);
        VariableScopes.Apply(pipeline, hopScope, name, value);
    }

    /// <summary>Sets a variable on the pipeline only, as <c>_transform_.getPipeline().setVariable</c> does.</summary>
    public void SetPipelineVariable(string name, string? value) => pipeline.Variables.Set(name, value);

    public string? GetPipelineVariable(string name) => pipeline.Variables.Get(name);

    public void WriteToLog(string level, string message)
    {
        var hopLevel = level.Trim().ToLowerInvariant() switch
        {
            "e" or "error" => HopLogLevel.Error,
            "m" or "minimal" => HopLogLevel.Minimal,
            "d" or "detailed" => HopLogLevel.Detailed,
            "l" or "debug" => HopLogLevel.Debug,
            "r" or "rowlevel" => HopLogLevel.Rowlevel,
            _ => HopLogLevel.Basic,
        };
        log.Write(hopLevel, transformName, message);
    }
}
