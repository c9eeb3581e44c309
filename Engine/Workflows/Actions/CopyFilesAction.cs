using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Copy files: copies a file to a file or into a folder, or the files of a folder that match the
/// wildcard (and those of its subfolders when asked, keeping their relative paths). Existing files are
/// kept unless overwrite is set. Copied sources can be removed and copied targets added to the result.
/// Each source/destination pair that fails counts as one error.
/// </summary>
[Action("COPY_FILES")]
public sealed class CopyFilesAction : ActionBase
{
    private bool overwrite;
    private bool includeSubfolders;
    private bool copyEmptyFolders;
    private bool destinationIsFile;
    private bool createDestination;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        overwrite = Meta.Element.Flag("overwrite_files");
        includeSubfolders = Meta.Element.Flag("include_subfolders");
        copyEmptyFolders = Meta.Element.Flag("copy_empty_folders");
        destinationIsFile = Meta.Element.Flag("destination_is_a_file");
        createDestination = Meta.Element.Flag("create_destination_folder");

        var failures = 0;
        foreach (var (source, destination, wildcard) in Arguments(previous))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(destination))
            {
                Log.Detailed(Name, $"Ignoring the incomplete entry '{source}' to '{destination}'");
                continue;
            }

            var copied = new List<(string Source, string Target)>();
            if (!Copy(ResolvePath(source), ResolvePath(destination), Resolve(wildcard), copied))
            {
                failures++;
                continue;
            }

            Complete(previous, copied);
        }

        Log.Basic(Name, failures == 0 ? "All files were copied" : $"Copying ended with {failures} error(s)");
        return Task.FromResult(failures == 0 ? previous.Succeeded() : previous.Failed(failures));
    }

    private IEnumerable<(string Source, string Destination, string Wildcard)> Arguments(HopResult previous)
    {
        if (Meta.Element.Flag("arg_from_previous"))
        {
            return previous.Rows.Select(r => (ResultRowText.At(r, 0), ResultRowText.At(r, 1), ResultRowText.At(r, 2)));
        }

        // Older Hop versions prefixed each row's paths with "EMPTY_SOURCE_URL-i-" and "EMPTY_DEST_URL-i-".
        return (Meta.Element.Element("fields")?.Elements("field") ?? []).Select((f, i) => (
            f.TagOrEmpty("source_filefolder").Replace($"EMPTY_SOURCE_URL-{i}-", string.Empty, StringComparison.Ordinal),
            f.TagOrEmpty("destination_filefolder")
                .Replace($"EMPTY_DEST_URL-{i}-", string.Empty, StringComparison.Ordinal),
            f.TagOrEmpty("wildcard")));
    }

    private bool Copy(string source, string destination, string wildcard, List<(string Source, string Target)> copied)
    {
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            Log.Error(Name, $"The source '{source}' does not exist.");
            return false;
        }

        var folder = destinationIsFile ? Path.GetDirectoryName(Path.GetFullPath(destination))! : destination;
        if (!Directory.Exists(folder))
        {
            if (!createDestination)
            {
                Log.Error(Name, $"The destination folder '{folder}' does not exist.");
                return false;
            }

            Directory.CreateDirectory(folder);
        }

        try
        {
            if (Directory.Exists(source))
            {
                if (destinationIsFile)
                {
                    Log.Error(Name, $"Cannot copy the folder '{source}' to the file '{destination}'.");
                    return false;
                }

                CopyFolder(source, destination, FileWildcard.Compile(wildcard), copied);
            }
            else if (Directory.Exists(destination))
            {
                // Like Hop, a single file copied into a folder replaces a file of the same name.
                var target = Path.Combine(destination, Path.GetFileName(source));
                File.Copy(source, target, overwrite: true);
                copied.Add((source, target));
            }
            else if (!File.Exists(destination) || overwrite)
            {
                File.Copy(source, destination, overwrite: true);
                copied.Add((source, destination));
            }
            else
            {
                Log.Detailed(Name, $"'{destination}' exists and is kept");
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Log.Error(Name, $"Cannot copy '{source}' to '{destination}': {exception.Message}");
            return false;
        }
    }

    private void CopyFolder(
        string source,
        string destination,
        Regex? pattern,
        List<(string Source, string Target)> copied)
    {
        var files = Directory.GetFiles(source)
            .Order(StringComparer.Ordinal)
            .Where(f => FileWildcard.Matches(pattern, f));
        foreach (var file in files)
        {
            var target = Path.Combine(destination, Path.GetFileName(file));
            if (File.Exists(target) && !overwrite)
            {
                Log.Detailed(Name, $"'{target}' exists and is kept");
                continue;
            }

            Directory.CreateDirectory(destination);
            File.Copy(file, target, overwrite: true);
            copied.Add((file, target));
        }

        if (!includeSubfolders)
        {
            return;
        }

        foreach (var child in Directory.GetDirectories(source).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(destination, Path.GetFileName(child));
            if (copyEmptyFolders && pattern is null)
            {
                Directory.CreateDirectory(target);
            }

            CopyFolder(child, target, pattern, copied);
        }
    }

    private void Complete(HopResult result, List<(string Source, string Target)> copied)
    {
        foreach (var (source, target) in copied)
        {
            Log.Detailed(Name, $"Copied '{source}' to '{target}'");
            if (Meta.Element.Flag("remove_source_files"))
            {
                File.Delete(source);
            }

            if (Meta.Element.Flag("add_result_filesname"))
            {
                result.AddFile(target, Name);
            }
        }
    }
}
