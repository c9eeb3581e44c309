using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Unzip file: extracts a zip file, or each zip of a folder whose name matches the source wildcard, into
/// the target folder (or a subfolder named after the zip), keeping the entries' paths. Entries are
/// filtered by the include and exclude wildcards; "if file exists" decides about existing targets.
/// Afterwards the zip can be deleted or moved. Success follows the configured condition over the zips.
/// </summary>
[Action("UNZIP")]
public sealed class UnzipAction : ActionBase
{
    private SuccessRule rule = null!;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        rule = SuccessRule.Read(Setting("success_condition"), Resolve(Setting("nr_limit")));
        previous.Failed();
        var target = ResolvePath(Setting("targetdirectory"));
        if (string.IsNullOrEmpty(target))
        {
            Log.Error(Name, "No target folder is set.");
            return Task.FromResult(previous);
        }

        if (!Directory.Exists(target))
        {
            if (!Meta.Element.Flag("createfolder"))
            {
                Log.Error(Name, $"The target folder '{target}' does not exist.");
                return Task.FromResult(previous);
            }

            Directory.CreateDirectory(target);
        }

        var sources = Meta.Element.Flag("isfromprevious")
            ? previous.Rows.Select(r => (ResultRowText.At(r, 0), ResultRowText.At(r, 1))).ToList()
            : [(Setting("zipfilename"), Setting("wildcardSource"))];
        foreach (var (zipText, sourceWildcard) in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = ResolvePath(zipText);
            if (File.Exists(path))
            {
                rule.Record(Extract(previous, path, target));
            }
            else if (Directory.Exists(path))
            {
                var pattern = FileWildcard.Compile(Resolve(sourceWildcard));
                var zips = Directory.GetFiles(path)
                    .Order(StringComparer.Ordinal)
                    .Where(f => MatchesNameOrUri(pattern, f));
                foreach (var zip in zips)
                {
                    if (rule.Broken)
                    {
                        break;
                    }

                    rule.Record(Extract(previous, zip, target));
                }
            }
            else
            {
                Log.Error(Name, $"The zip file '{path}' does not exist.");
                rule.Record(false);
            }
        }

        previous.NrErrors = rule.Errors;
        previous.NrLinesWritten = rule.Successes;
        previous.Result = rule.Succeeded && !rule.Broken;
        return Task.FromResult(previous);
    }

    private bool Extract(HopResult result, string zipPath, string target)
    {
        var folder = Meta.Element.Flag("rootzip")
            ? Path.Combine(target, Path.GetFileNameWithoutExtension(zipPath))
            : target;
        var include = FileWildcard.Compile(Resolve(Setting("wildcard")));
        var exclude = FileWildcard.Compile(Resolve(Setting("wildcardexclude")));
        var existing = Meta.Element.Int("iffileexists", 0);
        try
        {
            Directory.CreateDirectory(folder);
            using (var archive = ZipFile.OpenRead(zipPath))
            {
                foreach (var entry in archive.Entries)
                {
                    var destination = Path.GetFullPath(Path.Combine(folder, entry.FullName));
                    if (!destination.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal))
                    {
                        Log.Error(Name, $"The entry '{entry.FullName}' of '{zipPath}' points outside the target.");
                        continue;
                    }

                    if (entry.FullName.EndsWith('/'))
                    {
                        Directory.CreateDirectory(destination);
                        continue;
                    }

                    var excluded = exclude is not null && MatchesNameOrUri(exclude, entry.FullName);
                    if (!MatchesNameOrUri(include, entry.FullName) || excluded)
                    {
                        continue;
                    }

                    destination = Decorate(destination, entry);
                    if (!Take(entry, ref destination, existing))
                    {
                        continue;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    entry.ExtractToFile(destination, overwrite: true);
                    if (Meta.Element.Flag("setOriginalModificationDate"))
                    {
                        File.SetLastWriteTime(destination, entry.LastWriteTime.DateTime);
                    }

                    if (Meta.Element.Flag("addfiletoresult"))
                    {
                        result.AddFile(destination, Name);
                    }
                }
            }

            Log.Detailed(Name, $"Unzipped '{zipPath}' into '{folder}'");
            return AfterUnzip(zipPath);
        }
        catch (Exception exception)
            when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot unzip '{zipPath}': {exception.Message}");
            return false;
        }
    }

    /// <summary>
    /// Applies the "if file exists" code: 0 skip, 1 overwrite, 2 unique name, 3 fail, 4 to 9 compare sizes.
    /// </summary>
    private bool Take(ZipArchiveEntry entry, ref string destination, int existing)
    {
        if (!File.Exists(destination))
        {
            return true;
        }

        var size = new FileInfo(destination).Length;
        switch (existing)
        {
            case 1:
                return true;
            case 2:
                var extension = Path.GetExtension(destination);
                var stamp = DateTime.Now.ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture);
                destination = destination[..^extension.Length] + "_" + stamp + extension;
                return true;
            case 3:
                Log.Error(Name, $"The file '{destination}' already exists.");
                rule.Record(false);
                return false;
            case 4:
                return entry.Length != size;
            case 5:
                return entry.Length == size;
            case 6:
                return entry.Length > size;
            case 7:
                return entry.Length >= size;
            case 8:
                return entry.Length < size;
            case 9:
                return entry.Length <= size;
            default:
                Log.Detailed(Name, $"'{destination}' exists and is kept");
                return false;
        }
    }

    private string Decorate(string destination, ZipArchiveEntry entry)
    {
        var format = Meta.Element.Flag("SpecifyFormat") ? Setting("date_time_format") : null;
        var stamp = new FileNameStamp(Meta.Element.Flag("adddate"), Meta.Element.Flag("addtime"), format, true);
        if (string.IsNullOrEmpty(format) && !stamp.AddDate && !stamp.AddTime)
        {
            return destination;
        }

        var when = Meta.Element.Flag("addOriginalTimestamp") ? entry.LastWriteTime.LocalDateTime : DateTime.Now;
        return Path.Combine(Path.GetDirectoryName(destination)!, stamp.Apply(Path.GetFileName(destination), when));
    }

    /// <summary>After unzip: 0 keeps the zip, 1 deletes it, 2 moves it to the "move to" folder.</summary>
    private bool AfterUnzip(string zipPath)
    {
        switch (Meta.Element.Int("afterunzip", 0))
        {
            case 1:
                File.Delete(zipPath);
                return true;
            case 2:
                var folder = ResolvePath(Setting("movetodirectory"));
                if (!Directory.Exists(folder))
                {
                    if (string.IsNullOrEmpty(folder) || !Meta.Element.Flag("create_move_to_directory"))
                    {
                        Log.Error(Name, $"The folder '{folder}' to move the zip to does not exist.");
                        return false;
                    }

                    Directory.CreateDirectory(folder);
                }

                File.Move(zipPath, Path.Combine(folder, Path.GetFileName(zipPath)), overwrite: true);
                return true;
            default:
                return true;
        }
    }

    /// <summary>Hop matches the source and entry wildcards against the base name or the full name.</summary>
    private static bool MatchesNameOrUri(Regex? pattern, string path) =>
        pattern is null || FileWildcard.Matches(pattern, path) || pattern.IsMatch(path);
}
