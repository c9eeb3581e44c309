using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Delete filenames from result: clears the result files, or with a wildcard removes the existing files
/// whose name matches it and not the exclude wildcard. The files themselves are not touched.
/// </summary>
[Action("DELETE_RESULT_FILENAMES")]
public sealed class DeleteResultFilenamesAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        Log.Basic(Name, $"The result contains {previous.ResultFiles.Count} file(s)");
        if (!Meta.Element.Flag("specify_wildcard"))
        {
            previous.ResultFiles.Clear();
            previous.Result = true;
            return Task.FromResult(previous);
        }

        var include = FileWildcard.Compile(Resolve(Setting("wildcard")));
        var exclude = FileWildcard.Compile(Resolve(Setting("wildcardexclude")));
        foreach (var (key, file) in previous.ResultFiles.ToList())
        {
            var excluded = exclude is not null && FileWildcard.Matches(exclude, file.Path);
            if (File.Exists(file.Path) && FileWildcard.Matches(include, file.Path) && !excluded)
            {
                previous.ResultFiles.Remove(key);
            }
        }

        previous.Result = true;
        return Task.FromResult(previous);
    }
}
