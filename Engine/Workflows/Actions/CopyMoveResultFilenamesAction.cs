using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Copy/move result filenames: copies, moves or deletes the files listed in the result (those matching
/// the wildcard when one is specified). Existing destination files are kept unless overwrite is set.
/// Source names can leave the result and destination names join it. Success follows the configured
/// condition; the number of processed files goes to lines written.
/// </summary>
[Action("COPY_MOVE_RESULT_FILENAMES")]
public sealed class CopyMoveResultFilenamesAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var operation = Setting("action") is { Length: > 0 } a ? a : "copy";
        var destination = HopPaths.ToLocalPath(Resolve(Setting("destination_folder")));
        if (operation != "delete" && !EnsureFolder(destination))
        {
            return Task.FromResult(previous.Failed());
        }

        var filter = Meta.Element.Flag("specify_wildcard");
        var include = FileWildcard.Compile(Resolve(Setting("wildcard")));
        var exclude = FileWildcard.Compile(Resolve(Setting("wildcardexclude")));
        var rule = SuccessRule.Read(Setting("success_condition"), Resolve(Setting("nr_errors_less_than")));
        foreach (var (key, file) in previous.ResultFiles.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rule.Broken)
            {
                Log.Error(Name, $"Stopped after {rule.Errors} error(s): the success condition can no longer be met.");
                break;
            }

            if (!File.Exists(file.Path))
            {
                Log.Error(Name, $"The result file '{file.Path}' does not exist.");
                rule.Record(false);
                continue;
            }

            var excluded = exclude is not null && FileWildcard.Matches(exclude, file.Path);
            var selected = !filter || (FileWildcard.Matches(include, file.Path) && !excluded);
            if (selected)
            {
                rule.Record(Process(previous, key, file.Path, destination, operation));
            }
        }

        previous.NrErrors = rule.Errors;
        previous.NrLinesWritten = rule.Successes;
        previous.Result = rule.Succeeded && !rule.Broken;
        return Task.FromResult(previous);
    }

    private bool Process(HopResult result, string key, string source, string folder, string operation)
    {
        try
        {
            if (operation == "delete")
            {
                File.Delete(source);
                result.ResultFiles.Remove(key);
                return true;
            }

            var target = Path.Combine(folder, Path.GetFileName(source));
            if (File.Exists(target) && !Meta.Element.Flag("OverwriteFile"))
            {
                Log.Detailed(Name, $"'{target}' exists and is kept");
                return true;
            }

            if (operation == "move")
            {
                File.Move(source, target, overwrite: true);
            }
            else
            {
                File.Copy(source, target, overwrite: true);
            }

            Log.Detailed(Name, $"{operation} '{source}' to '{folder}'");
            if (Meta.Element.Flag("RemovedSourceFilename", true))
            {
                result.ResultFiles.Remove(key);
            }

            if (Meta.Element.Flag("AddDestinationFilename", true))
            {
                result.AddFile(target, Name);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot {operation} '{source}': {exception.Message}");
            return false;
        }
    }

    private bool EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return true;
        }

        if (string.IsNullOrEmpty(folder) || !Meta.Element.Flag("CreateDestinationFolder"))
        {
            Log.Error(Name, $"The destination folder '{folder}' does not exist.");
            return false;
        }

        Directory.CreateDirectory(folder);
        return true;
    }
}
