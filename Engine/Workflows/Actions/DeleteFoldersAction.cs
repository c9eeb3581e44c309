using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Delete folders: deletes each listed folder (or the first field of each result row) with everything in
/// it. A missing folder counts as deleted; a file in its place is an error. Success follows the
/// configured condition; the number of deleted folders goes to lines deleted.
/// </summary>
[Action("DELETE_FOLDERS")]
public sealed class DeleteFoldersAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var rule = SuccessRule.Read(Setting("success_condition"), Resolve(Setting("limit_folders")));
        IEnumerable<string> folders = Meta.Element.Flag("arg_from_previous")
            ? previous.Rows.Select(r => ResultRowText.At(r, 0))
            : (Meta.Element.Element("fields")?.Elements("field") ?? []).Select(f => f.TagOrEmpty("name"));
        foreach (var text in folders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rule.Broken)
            {
                Log.Error(Name, $"Stopped after {rule.Errors} error(s): the success condition can no longer be met.");
                break;
            }

            var path = HopPaths.ToLocalPath(Resolve(text));
            if (string.IsNullOrEmpty(path))
            {
                Log.Error(Name, "An empty folder name is skipped.");
                continue;
            }

            rule.Record(Delete(path));
        }

        previous.NrErrors = rule.Errors;
        previous.NrLinesDeleted = rule.Successes;
        previous.Result = rule.Succeeded && !rule.Broken;
        return Task.FromResult(previous);
    }

    private bool Delete(string path)
    {
        if (File.Exists(path))
        {
            Log.Error(Name, $"'{path}' is a file, not a folder.");
            return false;
        }

        if (!Directory.Exists(path))
        {
            Log.Basic(Name, $"The folder '{path}' does not exist; nothing to delete.");
            return true;
        }

        try
        {
            Directory.Delete(path, recursive: true);
            Log.Detailed(Name, $"Deleted the folder '{path}'");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot delete the folder '{path}': {exception.Message}");
            return false;
        }
    }
}
