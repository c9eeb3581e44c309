using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>File exists: true when the file or folder exists and can be read; a missing file is not an error.</summary>
[Action("FILE_EXISTS")]
public sealed class FileExistsAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No file name is set.");
            return Task.FromResult(previous.Failed());
        }

        var exists = File.Exists(path) || Directory.Exists(path);
        Log.Detailed(Name, exists ? $"The file '{path}' exists" : $"The file '{path}' does not exist");
        return Task.FromResult(previous.Succeeded(exists));
    }
}
