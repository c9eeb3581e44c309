using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Evaluate files metrics: counts the selected files, or sums their sizes in the chosen unit, and compares
/// the total with a value. Files come from the listed files and folders (with wildcard and optional
/// subfolders), from the result files, or from fields of the result rows. Unreadable or missing
/// sources are errors.
/// </summary>
[Action("EVAL_FILES_METRICS")]
public sealed class EvalFilesMetricsAction : ActionBase
{
    private decimal total;
    private long errors;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var bySize = Setting("evaluation_type") != "count";
        var condition = Setting("successnumbercondition");
        var scale = bySize ? Scale(Setting("scale")) : 1m;
        var source = Setting("source_files");
        if (source == "filenamesresult")
        {
            var pattern = FileWildcard.Compile(Resolve(Setting("result_filenames_wildcard")));
            var files = previous.ResultFiles.Values
                .Where(f => File.Exists(f.Path) && FileWildcard.Matches(pattern, f.Path));
            foreach (var file in files)
            {
                Measure(file.Path, bySize);
            }
        }
        else if (source == "previousresult")
        {
            if (!ReadFromRows(previous, bySize))
            {
                return Task.FromResult(previous.Failed());
            }
        }
        else
        {
            var fields = (Meta.Element.Element("fields")?.Elements("field") ?? []).ToList();
            if (fields.Count == 0)
            {
                Log.Error(Name, "No file or folder is listed.");
                return Task.FromResult(previous.Failed());
            }

            foreach (var field in fields)
            {
                var folder = field.TagOrEmpty("source_filefolder");
                Process(folder, field.TagOrEmpty("wildcard"), field.Flag("include_subFolders"), bySize);
            }
        }

        decimal? Parse(string text) =>
            decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value * scale
                : null;
        var success = OrderedCondition.Evaluate(condition, total, Resolve(Setting("comparevalue")),
            Resolve(Setting("minvalue")), Resolve(Setting("maxvalue")), Parse, out var error);
        if (success is null)
        {
            Log.Error(Name, error!);
            return Task.FromResult(previous.Failed());
        }

        Log.Detailed(Name, $"{(bySize ? "Total size" : "File count")}: {total.ToString(CultureInfo.InvariantCulture)}");
        previous.Result = success.Value;
        previous.NrErrors = errors;
        return Task.FromResult(previous);
    }

    private bool ReadFromRows(HopResult previous, bool bySize)
    {
        var fileField = Resolve(Setting("Result_field_file"));
        if (string.IsNullOrEmpty(fileField))
        {
            Log.Error(Name, "The result field with the file names (Result_field_file) is not set.");
            return false;
        }

        var wildcardField = Resolve(Setting("Result_field_wildcard"));
        var subfoldersField = Resolve(Setting("Result_field_includesubfolders"));
        foreach (var row in previous.Rows)
        {
            var file = Field(row, fileField);
            if (file is null)
            {
                Log.Error(Name, $"The result row has no field '{fileField}'.");
                return false;
            }

            var subfolders = Field(row, subfoldersField) ?? "N";
            var recurse = subfolders.Equals("Y", StringComparison.OrdinalIgnoreCase);
            Process(file, Field(row, wildcardField) ?? string.Empty, recurse, bySize);
        }

        return true;
    }

    private static string? Field(ResultRow row, string name)
    {
        var index = string.IsNullOrEmpty(name) ? -1 : row.Meta.IndexOf(name);
        return index < 0 ? null : Values.ValueConverter.ToText(row.Meta[index], row.Values[index]) ?? string.Empty;
    }

    private void Process(string pathText, string wildcard, bool recurse, bool bySize)
    {
        var path = ResolvePath(pathText);
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "An empty file or folder name is listed.");
            errors++;
            return;
        }

        if (File.Exists(path))
        {
            Measure(path, bySize);
            return;
        }

        if (!Directory.Exists(path))
        {
            Log.Error(Name, $"The file or folder '{path}' does not exist.");
            errors++;
            return;
        }

        var files = FileWildcard.Files(path, FileWildcard.Compile(Resolve(wildcard)), recurse, (folder, e) =>
        {
            Log.Error(Name, $"Cannot read '{folder}': {e.Message}");
            errors++;
        });
        foreach (var file in files)
        {
            Measure(file, bySize);
        }
    }

    private void Measure(string file, bool bySize)
    {
        total += bySize ? new FileInfo(file).Length : 1;
    }

    private static decimal Scale(string unit) => unit switch
    {
        "kbytes" => 1024m,
        "mbytes" => 1048576m,
        "gbytes" => 1073741824m,
        _ => 1m,
    };
}
