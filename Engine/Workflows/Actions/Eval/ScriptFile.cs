namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>A file exposed to scripts, with the accessors of a VFS FileObject that do not change the file.</summary>
public sealed class ScriptFile(string path)
{
    public ScriptFileName GetName() => new(path);

    public bool Exists() => File.Exists(path) || Directory.Exists(path);

    public bool IsFile() => File.Exists(path);

    public bool IsFolder() => Directory.Exists(path);

    public ScriptFile? GetParent() => Path.GetDirectoryName(path) is { } parent ? new ScriptFile(parent) : null;

    public override string ToString() => GetName().GetURI();
}
