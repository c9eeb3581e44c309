using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Create folder: creates a folder and its missing parents. An existing folder (or file) of that name
/// is a success unless "fail if folder exists" is set.
/// </summary>
[Action("CREATE_FOLDER")]
public sealed class CreateFolderAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("foldername"));
        previous.Result = false;
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No folder name is set.");
            return Task.FromResult(previous);
        }

        if (Directory.Exists(path) || File.Exists(path))
        {
            var fail = Meta.Element.Flag("fail_of_folder_exists");
            if (fail)
            {
                Log.Error(Name, $"The {(Directory.Exists(path) ? "folder" : "file")} '{path}' already exists.");
            }

            previous.Result = !fail;
            return Task.FromResult(previous);
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot create the folder '{path}': {exception.Message}");
            return Task.FromResult(previous.Failed());
        }

        Log.Detailed(Name, $"Created the folder '{path}'");
        previous.Result = true;
        return Task.FromResult(previous);
    }
}
