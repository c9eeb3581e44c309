using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Zip file: puts a file, or the files of a folder matching the wildcard and not the exclude wildcard
/// (with subfolders when asked, keeping relative paths), into a zip. An existing zip gets a unique name,
/// is appended to, is kept, or fails the action. Zipped files can then be deleted or moved, and the
/// zip added to the result files. Sources and zip names can also come from the result rows.
/// </summary>
[Action("ZIP_FILE")]
public sealed class ZipFileAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var moveTo = ResolvePath(Setting("movetodirectory"));
        if (Meta.Element.Int("afterzip", 0) == 2 && !EnsureMoveFolder(moveTo))
        {
            return Task.FromResult(previous.Failed());
        }

        if (Meta.Element.Flag("isfromprevious"))
        {
            foreach (var row in previous.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = HopPaths.ToLocalPath(ResultRowText.At(row, 0));
                var zip = HopPaths.ToLocalPath(ResultRowText.At(row, 3));
                if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(zip))
                {
                    Log.Error(Name, "A result row without a source or a zip file name is ignored.");
                    continue;
                }

                if (!Zip(previous, source, ResultRowText.At(row, 1), ResultRowText.At(row, 2), zip, moveTo))
                {
                    return Task.FromResult(previous.Failed());
                }
            }

            return Task.FromResult(previous.Succeeded());
        }

        var sourceSetting = ResolvePath(Setting("sourcedirectory"));
        if (string.IsNullOrEmpty(sourceSetting))
        {
            Log.Error(Name, "No source file or folder is set.");
            return Task.FromResult(previous);
        }

        var stamp = new FileNameStamp(Meta.Element.Flag("adddate"), Meta.Element.Flag("addtime"),
            Meta.Element.Flag("SpecifyFormat") ? Setting("date_time_format") : null, true);
        var zipPath = ResolvePath(Setting("zipfilename"));
        var zipFolder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        zipPath = Path.Combine(zipFolder, stamp.Apply(Path.GetFileName(zipPath), DateTime.Now));
        var wildcard = Resolve(Setting("wildcard"));
        var ok = Zip(previous, sourceSetting, wildcard, Resolve(Setting("wildcardexclude")), zipPath, moveTo);
        return Task.FromResult(ok ? previous.Succeeded() : previous.Failed());
    }

    private bool Zip(HopResult result, string source, string wildcard, string exclude, string zipPath, string moveTo)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        if (!Directory.Exists(folder))
        {
            if (!Meta.Element.Flag("createparentfolder"))
            {
                Log.Error(Name, $"The folder '{folder}' of the zip file does not exist.");
                return false;
            }

            Directory.CreateDirectory(folder);
        }

        var exists = File.Exists(zipPath);
        var ifExists = Meta.Element.Int("ifzipfileexists", 2);
        if (exists && ifExists == 3)
        {
            Log.Error(Name, $"The zip file '{zipPath}' already exists.");
            return false;
        }

        if (exists && ifExists == 2)
        {
            AddToResult(result, zipPath);
            return true;
        }

        if (exists && ifExists == 0)
        {
            // Hop's generalized stamp: year, day, month, 12-hour time and milliseconds (yyyyddMM_hhmmssSSS).
            var suffix = DateTime.Now.ToString("yyyyddMM_hhmmssfff", CultureInfo.InvariantCulture);
            var stem = zipPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? zipPath[..^4] : zipPath;
            zipPath = stem + "_" + suffix + ".zip";
        }

        var isFolder = Directory.Exists(source);
        if (!isFolder && !File.Exists(source))
        {
            Log.Error(Name, $"The source '{source}' does not exist.");
            return false;
        }

        var recurse = Meta.Element.Flag("include_subfolders");
        var candidates = isFolder
            ? FileWildcard.Files(source, null, recurse, (f, e) => Log.Error(Name, $"Cannot read '{f}': {e.Message}"))
            : [source];
        if (candidates.Count == 0)
        {
            Log.Error(Name, $"There is no file to zip in '{source}'.");
            return false;
        }

        var include = FileWildcard.Compile(wildcard);
        var excluded = FileWildcard.Compile(exclude);
        var selected = candidates.Where(f => !isFolder || Selected(f, recurse, include, excluded)).ToList();
        try
        {
            var mode = exists && ifExists == 1 ? ZipArchiveMode.Update : ZipArchiveMode.Create;
            using (var archive = ZipFile.Open(zipPath, mode))
            {
                foreach (var file in selected)
                {
                    var entryName = isFolder
                        ? Path.GetRelativePath(source, file).Replace('\\', '/')
                        : Path.GetFileName(file);
                    if (mode == ZipArchiveMode.Update)
                    {
                        archive.GetEntry(entryName)?.Delete();
                    }

                    archive.CreateEntryFromFile(file, entryName, Level());
                }
            }

            Log.Basic(Name, $"Zipped {selected.Count} file(s) into '{zipPath}'");
            AfterZip(selected, moveTo);
        }
        catch (Exception exception)
            when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Log.Error(Name, $"Cannot create the zip file '{zipPath}': {exception.Message}");
            return false;
        }

        AddToResult(result, zipPath);
        return true;
    }

    /// <summary>Hop matches the base name, or with subfolders the whole path, against the wildcards.</summary>
    private static bool Selected(string file, bool recurse, Regex? include, Regex? exclude)
    {
        var name = recurse ? file : Path.GetFileName(file);
        return (include is null || include.IsMatch(name)) && (exclude is null || !exclude.IsMatch(name));
    }

    private CompressionLevel Level() => Meta.Element.Int("compressionrate", 1) switch
    {
        0 => CompressionLevel.NoCompression,
        2 => CompressionLevel.SmallestSize,
        3 => CompressionLevel.Fastest,
        _ => CompressionLevel.Optimal,
    };

    private void AfterZip(List<string> zipped, string moveTo)
    {
        var after = Meta.Element.Int("afterzip", 0);
        foreach (var file in zipped)
        {
            if (after == 1)
            {
                File.Delete(file);
            }
            else if (after == 2)
            {
                File.Move(file, Path.Combine(moveTo, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private void AddToResult(HopResult result, string zipPath)
    {
        if (Meta.Element.Flag("addfiletoresult"))
        {
            result.AddFile(zipPath, Name);
        }
    }

    private bool EnsureMoveFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return true;
        }

        if (string.IsNullOrEmpty(folder) || File.Exists(folder) || !Meta.Element.Flag("createMoveToDirectory"))
        {
            Log.Error(Name, $"The folder '{folder}' to move zipped files to does not exist.");
            return false;
        }

        Directory.CreateDirectory(folder);
        return true;
    }
}
