using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Create file: creates an empty file and its missing parent folders. An existing file is kept; it fails
/// the action only when "fail if file exists" is set.
/// </summary>
[Action("CREATE_FILE")]
public sealed class CreateFileAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No file name is set.");
            previous.Result = false;
            return Task.FromResult(previous);
        }

        var addToResult = Meta.Element.Flag("add_filename_result");
        if (File.Exists(path) || Directory.Exists(path))
        {
            var fail = Meta.Element.Flag("fail_if_file_exists");
            if (fail)
            {
                Log.Error(Name, $"The file '{path}' already exists.");
            }
            else
            {
                Log.Basic(Name, $"The file '{path}' already exists and is kept.");
            }

            previous.Result = !fail;
        }
        else
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.Create(path).Dispose();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.Error(Name, $"Cannot create the file '{path}': {exception.Message}");
                return Task.FromResult(previous.Failed());
            }

            Log.Basic(Name, $"Created the file '{path}'");
            previous.Result = true;
        }

        if (addToResult)
        {
            previous.AddFile(path, Name);
        }

        return Task.FromResult(previous);
    }
}
