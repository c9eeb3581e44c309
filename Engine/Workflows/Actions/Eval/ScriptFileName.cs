namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>The name of a file exposed to scripts, with the accessors of a VFS FileName.</summary>
public sealed class ScriptFileName(string path)
{
    public string GetBaseName() => Path.GetFileName(path);

    public string GetExtension() => Path.GetExtension(path).TrimStart('.');

    public string GetPath() => path;

    public string GetURI() => new Uri(path).AbsoluteUri;

    public string GetFriendlyURI() => GetURI();

    public override string ToString() => GetURI();
}
