using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Checks if files exist: true when every listed file or folder exists. A folder with a file mask must
/// contain at least one matching file (in subfolders too when asked).
/// </summary>
[Action("FILES_EXIST")]
public sealed class FilesExistAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var missing = 0;
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = ResolvePath(field.TagOrEmpty("name"));
            var mask = Resolve(field.TagOrEmpty("filemask"));
            if (Directory.Exists(path) && mask.Length > 0)
            {
                var matches = FileWildcard.Files(path, FileWildcard.Compile(mask), field.Flag("include_subfolders"));
                if (matches.Count == 0)
                {
                    missing++;
                    Log.Detailed(Name, $"No file in '{path}' matches '{mask}'");
                }

                continue;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                missing++;
                Log.Detailed(Name, $"The file '{path}' does not exist");
            }
        }

        return Task.FromResult(previous.Succeeded(missing == 0));
    }
}
