using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>A result file exposed to scripts, with the accessors of Hop's ResultFile.</summary>
public sealed class ScriptResultFile(ResultFile file)
{
    public ScriptFile GetFile() => new(file.Path);

    public string GetOrigin() => file.Origin;

    public string GetComment() => file.Comment;

    public string GetTypeDesc() => "General";

    public override string ToString() => GetFile().ToString();
}
