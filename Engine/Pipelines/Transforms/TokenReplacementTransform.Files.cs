using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>File output of Token replacement: file names with date, time, copy and split numbers, and writers.</summary>
public sealed partial class TokenReplacementTransform
{
    private readonly Dictionary<string, StreamWriter> writers = new(StringComparer.Ordinal);
    private Encoding outputEncoding = new UTF8Encoding(false);
    private string terminator = string.Empty;
    private int splitEvery;
    private int splitNumber;
    private long rowNumber;

    private bool FileNameInField => Settings.Flag("output_filename_in_field");

    private void InitFileOutput()
    {
        if (OutputToField)
        {
            return;
        }

        outputEncoding = WithoutPreamble(TextFileOpener.ResolveEncoding(Resolve(Settings.Tag("output_file_encoding"))));
        terminator = Terminator(Settings.TagOrEmpty("output_file_format"));
        splitEvery = Settings.Int("output_split_every");
        if (!FileNameInField && Resolve(Settings.Tag("output_filename")).Length == 0)
        {
            throw Failure("no output file name is set.");
        }
    }

    private void WriteToFile(RowMeta input, object?[] row, string? inputFile, string text)
    {
        if (!FileNameInField && splitEvery > 0 && rowNumber > 0 && rowNumber % splitEvery == 0)
        {
            CloseFiles();
            splitNumber++;
        }

        rowNumber++;
        var path = FileNameInField ? OutputFileNameFromField(input, row) : BuildFileName();
        if (inputFile is not null && Path.GetFullPath(path) == inputFile)
        {
            throw Failure($"the input and output file names must differ, but both are '{inputFile}'.");
        }

        var writer = Open(path);
        writer.Write(text);
        writer.Write(terminator);
    }

    private string OutputFileNameFromField(RowMeta input, object?[] row)
    {
        var fieldName = Resolve(Settings.Tag("output_filename_field"));
        var index = input.IndexOf(fieldName);
        var name = index < 0 ? null : ValueConverter.ToText(input[index], row[index]);
        if (string.IsNullOrEmpty(name))
        {
            throw Failure($"the output file name in field '{fieldName}' is empty or missing in row {LinesRead}.");
        }

        return HopPaths.ToLocalPath(name);
    }

    /// <summary>Builds the output file name as Hop does: date, time, copy number and split number go before the extension.</summary>
    private string BuildFileName()
    {
        var fileName = HopPaths.ToLocalPath(Resolve(Settings.Tag("output_filename")));
        var dot = fileName.LastIndexOf('.');
        var name = dot >= 0 ? fileName[..dot] : fileName;
        var extension = dot >= 0 ? fileName[(dot + 1)..] : string.Empty;
        var now = Pipeline.Context.TimeProvider.GetLocalNow().DateTime;
        var dateFormat = Settings.TagOrEmpty("date_format_output_filename");
        if (Settings.Flag("specify_date_format_output_filename") && dateFormat.Length > 0)
        {
            name += JavaDateFormat.Format(now, dateFormat);
        }
        else
        {
            name += Settings.Flag("include_date_in_output_filename") ? "_" + JavaDateFormat.Format(now, "yyyMMdd") : string.Empty;
            name += Settings.Flag("include_time_in_output_filename") ? "_" + JavaDateFormat.Format(now, "HHmmss") : string.Empty;
        }

        name += Settings.Flag("include_transform_nr_in_output_filename") ? "_" + CopyNr.ToString(CultureInfo.InvariantCulture) : string.Empty;

        // NOTE: pipelines here are not partitioned, so the partition number Hop adds is always empty.
        name += Settings.Flag("include_part_nr_in_output_filename") ? "_" : string.Empty;
        name += splitEvery > 0 ? "_" + splitNumber.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return extension.Length > 0 ? name + "." + extension : name;
    }

    private StreamWriter Open(string path)
    {
        if (writers.TryGetValue(path, out var open))
        {
            return open;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            if (!Settings.Flag("create_parent_folder"))
            {
                throw Failure($"the folder '{directory}' of output file '{path}' does not exist, so " +
                    "create it or turn on 'create parent folder'.");
            }

            Directory.CreateDirectory(directory);
        }

        var append = Settings.Flag("append_output_filename");
        var exists = File.Exists(path);
        var writer = new StreamWriter(path, append, outputEncoding);
        if (exists && append)
        {
            writer.Write(terminator);
        }

        writers[path] = writer;
        if (Settings.Flag("add_output_filename_to_result"))
        {
            Pipeline.AddResultFile(Path.GetFullPath(path), Name);
        }

        return writer;
    }

    private void CloseFiles()
    {
        foreach (var writer in writers.Values)
        {
            writer.Dispose();
        }

        writers.Clear();
    }
}
