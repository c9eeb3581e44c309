using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Delete file: deletes one file. A missing file is a success unless "fail if file does not exist" is
/// set; then the result is false without an error, as in Hop.
/// </summary>
[Action("DELETE_FILE")]
public sealed class DeleteFileAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        previous.Result = false;
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No file name is set.");
            return Task.FromResult(previous);
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            var fail = Meta.Element.Flag("fail_if_file_not_exists");
            if (fail)
            {
                Log.Error(Name, $"The file '{path}' does not exist.");
            }
            else
            {
                Log.Basic(Name, $"The file '{path}' does not exist; nothing to delete.");
            }

            previous.Result = !fail;
            return Task.FromResult(previous);
        }

        try
        {
            if (Directory.Exists(path))
            {
                // Hop deletes a folder only when it is empty.
                Directory.Delete(path, recursive: false);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot delete '{path}': {exception.Message}");
            return Task.FromResult(previous.Failed());
        }

        Log.Basic(Name, $"Deleted the file '{path}'");
        previous.Result = true;
        return Task.FromResult(previous);
    }
}
