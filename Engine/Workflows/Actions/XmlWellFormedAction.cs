using System.Xml;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Check if XML file is well formed: parses every selected file (a file, or the files of a folder whose name
/// matches the wildcard) and judges the counts of well formed and bad files by the success condition.
/// </summary>
[Action("XML_WELL_FORMED")]
public sealed class XmlWellFormedAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var result = previous.Clone();
        var subfolders = Setting("include_subfolders") == "Y";
        var wanted = Setting("resultfilenames");
        int good = 0, bad = 0;
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var source = ResolvePath(field.Element("source_filefolder")?.Value);
            var pattern = FileWildcard.Compile(Resolve(field.Element("wildcard")?.Value));
            List<string> files;
            if (File.Exists(source))
            {
                files = [source];
            }
            else if (Directory.Exists(source))
            {
                files = FileWildcard.Files(source, pattern, subfolders);
            }
            else
            {
                Log.Error(Name, $"The file or folder '{source}' does not exist.");
                bad++;
                continue;
            }

            foreach (var file in files)
            {
                var wellFormed = IsWellFormed(file);
                good += wellFormed ? 1 : 0;
                bad += wellFormed ? 0 : 1;
                if (wanted == "all_filenames"
                    || (wanted == "only_well_formed_filenames" && wellFormed)
                    || (wanted == "only_bad_formed_filenames" && !wellFormed))
                {
                    result.AddFile(file, Name);
                }
            }
        }

        var limit = int.TryParse(Resolve(Setting("nr_errors_less_than")), out var parsed) ? parsed : 10;
        var success = Setting("success_condition") switch
        {
            "success_when_at_least" => good >= limit,
            "success_if_bad_formed_files_less" => bad < limit,
            _ => bad == 0,
        };
        Log.Detailed(Name, $"{good} well formed file(s), {bad} bad file(s).");
        return Task.FromResult(success ? result.Succeeded() : result.Failed(Math.Max(bad, 1)));
    }

    private bool IsWellFormed(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"The file '{file}' is not well formed: {exception.Message}");
            return false;
        }
    }
}
