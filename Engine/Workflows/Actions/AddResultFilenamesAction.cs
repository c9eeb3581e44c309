using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Add filenames to result: adds each listed file, or the files of a folder that match the wildcard
/// (in subfolders too when asked), to the result files. Paths come from the settings or from the first
/// two fields of each result row. A missing path is an error.
/// </summary>
[Action("ADD_RESULT_FILENAMES")]
public sealed class AddResultFilenamesAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        if (Meta.Element.Flag("delete_all_before"))
        {
            Log.Basic(Name, $"Removing {previous.ResultFiles.Count} file(s) from the result");
            previous.ResultFiles.Clear();
        }

        var recurse = Meta.Element.Flag("include_subfolders");
        var missing = 0;
        foreach (var (pathText, mask) in Arguments(previous))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = HopPaths.ToLocalPath(Resolve(pathText));
            if (File.Exists(path))
            {
                previous.AddFile(path, Name);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FileWildcard.Files(path, FileWildcard.Compile(Resolve(mask)), recurse))
                {
                    previous.AddFile(file, Name);
                }
            }
            else
            {
                Log.Error(Name, $"The file or folder '{path}' does not exist.");
                missing++;
            }
        }

        previous.Result = missing == 0;
        if (missing > 0)
        {
            previous.NrErrors = missing;
        }

        return Task.FromResult(previous);
    }

    private IEnumerable<(string Path, string Mask)> Arguments(HopResult previous)
    {
        if (Meta.Element.Flag("arg_from_previous"))
        {
            return previous.Rows.Select(r => (ResultRowText.At(r, 0), ResultRowText.At(r, 1)));
        }

        return (Meta.Element.Element("fields")?.Elements("field") ?? [])
            .Select(f => (f.TagOrEmpty("name"), f.TagOrEmpty("filemask")));
    }
}
