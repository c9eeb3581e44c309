using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Move files: moves a file, or the files of a folder matching the wildcard (and of its subfolders when
/// asked), to a destination file or folder. When the target exists the "if file exists" option decides:
/// do nothing (the default, also when the option is missing), overwrite, unique name, delete the
/// source, move it to another folder, or fail. Success follows the configured condition.
/// </summary>
[Action("MOVE_FILES")]
public sealed class MoveFilesAction : ActionBase
{
    private SuccessRule rule = null!;
    private FileNameStamp stamp = null!;
    private bool includeSubfolders;
    private bool simulate;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var element = Meta.Element;
        rule = SuccessRule.Read(Setting("success_condition"), Resolve(Setting("nr_errors_less_than")));
        stamp = new FileNameStamp(element.Flag("add_date"), element.Flag("add_time"),
            element.Flag("SpecifyFormat") ? Setting("date_time_format") : null, element.Flag("AddDateBeforeExtension"));
        includeSubfolders = element.Flag("include_subfolders");
        simulate = element.Flag("simulate");

        foreach (var (source, destination, wildcard) in Arguments(previous))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rule.Broken)
            {
                Log.Error(Name, $"Stopped after {rule.Errors} error(s): the success condition can no longer be met.");
                break;
            }

            if (!Process(previous, ResolvePath(source), ResolvePath(destination), Resolve(wildcard)))
            {
                rule.Record(false);
            }
        }

        previous.NrErrors = rule.Errors;
        previous.Result = rule.Succeeded && !rule.Broken;
        return Task.FromResult(previous);
    }

    private IEnumerable<(string Source, string Destination, string Wildcard)> Arguments(HopResult previous) =>
        Meta.Element.Flag("arg_from_previous")
            ? previous.Rows.Select(r => (ResultRowText.At(r, 0), ResultRowText.At(r, 1), ResultRowText.At(r, 2)))
            : (Meta.Element.Element("fields")?.Elements("field") ?? [])
                .Select(f => (
                    f.TagOrEmpty("source_filefolder"),
                    f.TagOrEmpty("destination_filefolder"),
                    f.TagOrEmpty("wildcard")));

    private bool Process(HopResult result, string source, string destination, string wildcard)
    {
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            Log.Error(Name, $"The source '{source}' does not exist.");
            return false;
        }

        var destinationIsFile = Meta.Element.Flag("destination_is_a_file");
        var folder = destinationIsFile ? Path.GetDirectoryName(Path.GetFullPath(destination))! : destination;
        if (!Directory.Exists(folder))
        {
            if (!Meta.Element.Flag("create_destination_folder"))
            {
                Log.Error(Name, $"The destination folder '{folder}' does not exist.");
                return false;
            }

            Directory.CreateDirectory(folder);
        }

        var now = DateTime.Now;
        if (File.Exists(source))
        {
            var name = stamp.Apply(destinationIsFile ? Path.GetFileName(destination) : Path.GetFileName(source), now);
            return Move(result, source, Path.Combine(folder, name));
        }

        if (destinationIsFile)
        {
            Log.Error(Name, $"Cannot move the folder '{source}' to the file '{destination}'.");
            rule.Record(false);
            return true;
        }

        var pattern = FileWildcard.Compile(wildcard);
        var flat = Meta.Element.Flag("DoNotKeepFolderStructure");
        var files = FileWildcard.Files(source, pattern, includeSubfolders, (folderName, e) =>
            Log.Error(Name, $"Cannot read '{folderName}': {e.Message}"));
        foreach (var file in files)
        {
            if (rule.Broken)
            {
                return false;
            }

            var relativeFolder = flat
                ? string.Empty
                : Path.GetDirectoryName(Path.GetRelativePath(source, file)) ?? string.Empty;
            var target = Path.Combine(destination, relativeFolder, stamp.Apply(Path.GetFileName(file), now));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!Move(result, file, target))
            {
                rule.Record(false);
            }
        }

        return true;
    }

    /// <summary>Moves one file, applying the "if file exists" option; false counts an error.</summary>
    private bool Move(HopResult result, string source, string target)
    {
        try
        {
            if (!File.Exists(target))
            {
                return Transfer(result, source, target);
            }

            var option = Setting("iffileexists");
            switch (option)
            {
                case "overwrite_file":
                    return Transfer(result, source, target);
                case "unique_name":
                    var uniqueStamp = new FileNameStamp(false, false, "ddMMyyyy_HHmmssSSS", true);
                    var unique = uniqueStamp.Apply(Path.GetFileName(target), DateTime.Now);
                    return Transfer(result, source, Path.Combine(Path.GetDirectoryName(target)!, unique));
                case "delete_file":
                    if (!simulate)
                    {
                        File.Delete(source);
                    }

                    rule.Record(true);
                    return true;
                case "move_file":
                    return MoveAside(result, source);
                case "fail":
                    Log.Error(Name, $"The file '{target}' already exists.");
                    return false;
                default:
                    Log.Detailed(Name, $"'{target}' exists; '{source}' is left where it is");
                    return true;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot move '{source}' to '{target}': {exception.Message}");
            return false;
        }
    }

    /// <summary>The "move to another folder" option, with its own "if moved file exists" choice.</summary>
    private bool MoveAside(HopResult result, string source)
    {
        var folder = ResolvePath(Setting("destinationFolder"));
        if (!Directory.Exists(folder))
        {
            if (!Meta.Element.Flag("create_move_to_folder") || string.IsNullOrEmpty(folder))
            {
                Log.Error(Name, $"The folder '{folder}' to move existing files to does not exist.");
                return false;
            }

            Directory.CreateDirectory(folder);
        }

        var movedStamp = new FileNameStamp(
            Meta.Element.Flag("add_moved_date"),
            Meta.Element.Flag("add_moved_time"),
            Meta.Element.Flag("SpecifyMoveFormat") ? Setting("moved_date_time_format") : null,
            Meta.Element.Flag("AddMovedDateBeforeExtension"));
        var target = Path.Combine(folder, movedStamp.Apply(Path.GetFileName(source), DateTime.Now));
        if (!File.Exists(target))
        {
            return Transfer(result, source, target);
        }

        switch (Setting("ifmovedfileexists"))
        {
            case "overwrite_file":
                return Transfer(result, source, target);
            case "unique_name":
                var suffix = DateTime.Now.ToString("ddMMyyyy_HHmmssfff", CultureInfo.InvariantCulture);
                return Transfer(result, source, target + "_" + suffix);
            case "fail":
                Log.Error(Name, $"The file '{target}' already exists.");
                return false;
            default:
                return true;
        }
    }

    private bool Transfer(HopResult result, string source, string target)
    {
        if (!simulate)
        {
            File.Move(source, target, overwrite: true);
        }

        Log.Detailed(Name, $"Moved '{source}' to '{target}'");
        if (Meta.Element.Flag("add_result_filesname"))
        {
            result.AddFile(target, Name);
        }

        rule.Record(true);
        return true;
    }
}
