using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// Expands file specifications into the files (and folders) they name, as Hop's file input list does:
/// an entry without a mask is one file; an entry with a mask lists the folder's children whose base name
/// matches the whole regular expression, optionally descending into subfolders. Missing required entries
/// are reported separately so the transform can fail with their names. When folders may be listed
/// (Get file names), a folder without a mask lists all its children.
/// </summary>
public static class FileInputList
{
    /// <summary>Kinds of entries to list.</summary>
    public enum Filter
    {
        FilesOnly,
        FoldersOnly,
        FilesAndFolders,
    }

    public sealed record Expansion(List<string> Paths, List<string> MissingRequired);

    public static Expansion Expand(IEnumerable<FileSpec> specs, VariableSpace variables, Filter filter = Filter.FilesOnly)
    {
        var paths = new List<string>();
        var missing = new List<string>();
        foreach (var spec in specs)
        {
            var name = HopPaths.ToLocalPath(variables.Resolve(spec.Name));
            var mask = variables.Resolve(spec.Mask);
            var exclude = variables.Resolve(spec.ExcludeMask);
            var listFolder = filter != Filter.FilesOnly && Directory.Exists(name);
            if (string.IsNullOrEmpty(mask) && string.IsNullOrEmpty(exclude) && !listFolder)
            {
                if (File.Exists(name) || (filter != Filter.FilesOnly && Directory.Exists(name)))
                {
                    paths.Add(Path.GetFullPath(name));
                }
                else if (spec.Required)
                {
                    missing.Add(name);
                }

                continue;
            }

            if (!Directory.Exists(name))
            {
                if (spec.Required)
                {
                    missing.Add(name);
                }

                continue;
            }

            var found = List(name, mask, exclude, spec.IncludeSubfolders, filter);
            if (found.Count == 0 && spec.Required)
            {
                missing.Add(name);
            }

            paths.AddRange(found);
        }

        return new Expansion(paths, missing);
    }

    private static List<string> List(string folder, string mask, string exclude, bool recursive, Filter filter)
    {
        var include = string.IsNullOrEmpty(mask) ? null : new Regex("^(?:" + mask + ")$", RegexOptions.CultureInvariant);
        var skip = string.IsNullOrEmpty(exclude) ? null : new Regex("^(?:" + exclude + ")$", RegexOptions.CultureInvariant);
        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        IEnumerable<string> entries = filter switch
        {
            Filter.FilesOnly => Directory.EnumerateFiles(folder, "*", option),
            Filter.FoldersOnly => Directory.EnumerateDirectories(folder, "*", option),
            _ => Directory.EnumerateFileSystemEntries(folder, "*", option),
        };
        return entries
            .Where(path =>
            {
                var baseName = Path.GetFileName(path);
                return (include is null || include.IsMatch(baseName)) && (skip is null || !skip.IsMatch(baseName));
            })
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
