using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Delete files: for each path and wildcard (listed, or the first two fields of each result row), deletes
/// the file, or the matching files of the folder and, when asked, of its subfolders. Folders that cannot
/// be read are skipped; a missing path counts as deleted.
/// </summary>
[Action("DELETE_FILES")]
public sealed class DeleteFilesAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var recurse = Meta.Element.Flag("include_subfolders");
        var failures = 0;
        foreach (var (pathText, mask) in Arguments(previous))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = HopPaths.ToLocalPath(Resolve(pathText));
            if (string.IsNullOrWhiteSpace(path))
            {
                continue;
            }

            if (!Delete(path, Resolve(mask), recurse))
            {
                failures++;
            }
        }

        return Task.FromResult(failures == 0 ? previous.Succeeded() : previous.Failed(failures));
    }

    private IEnumerable<(string Path, string Mask)> Arguments(HopResult previous)
    {
        if (Meta.Element.Flag("arg_from_previous"))
        {
            foreach (var row in previous.Rows)
            {
                if (row.Values.Length < 2)
                {
                    Log.Error(Name, $"A result row needs a path and a wildcard field, but has {row.Values.Length}.");
                    yield break;
                }

                yield return (ResultRowText.At(row, 0), ResultRowText.At(row, 1));
            }

            yield break;
        }

        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            yield return (field.TagOrEmpty("name"), field.TagOrEmpty("filemask"));
        }
    }

    private bool Delete(string path, string mask, bool recurse)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var files = FileWildcard.Files(path, FileWildcard.Compile(mask), recurse, (folder, e) =>
                    Log.Error(Name, $"Cannot read the folder '{folder}', so its files are skipped: {e.Message}"));
                foreach (var file in files)
                {
                    File.Delete(file);
                    Log.Detailed(Name, $"Deleted '{file}'");
                }

                Log.Basic(Name, $"Deleted {files.Count} file(s) in '{path}'");
                return true;
            }

            if (File.Exists(path))
            {
                File.Delete(path);
                Log.Basic(Name, $"Deleted '{path}'");
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Log.Error(Name, $"Cannot delete in '{path}': {exception.Message}");
            return false;
        }
    }
}
