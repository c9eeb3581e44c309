using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Check if a folder is empty: true when the folder contains no file (matching the wildcard when one is
/// specified), looking into subfolders only when asked; subfolders themselves do not count. A missing
/// folder, or a file in its place, is an error.
/// </summary>
[Action("FOLDER_IS_EMPTY")]
public sealed class FolderIsEmptyAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("foldername"));
        previous.Result = false;
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No folder name is set.");
            return Task.FromResult(previous.Failed());
        }

        if (!Directory.Exists(path))
        {
            var message = File.Exists(path)
                ? $"'{path}' is a file, not a folder."
                : $"The folder '{path}' does not exist.";
            Log.Error(Name, message);
            return Task.FromResult(previous.Failed());
        }

        var pattern = Meta.Element.Flag("specify_wildcard") ? FileWildcard.Compile(Resolve(Setting("wildcard"))) : null;
        var recurse = Meta.Element.Flag("include_subfolders");
        var files = FileWildcard.Files(path, pattern, recurse, (folder, e) =>
            Log.Error(Name, $"Cannot read '{folder}': {e.Message}"));
        Log.Basic(Name, $"Found {files.Count} file(s) in '{path}'");
        previous.NrErrors = 0;
        previous.Result = files.Count == 0;
        if (previous.Result)
        {
            var depth = recurse ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
            previous.NrLinesInput = Directory.GetDirectories(path, "*", depth).Length;
        }

        return Task.FromResult(previous);
    }
}
