using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// vCard input: reads vCard files from the file list or from a field of each input row. It writes one row per
/// vCard with a String field per mapping (for example the formatted name, or the e-mail address whose types
/// include INTERNET), and optionally the file name.
/// </summary>
[Transform("VCardInput")]
public sealed class VCardInputTransform : TransformBase
{
    private List<VCardFieldMapping> mappings = [];
    private List<string> files = [];
    private string? fileNameField;
    private bool acceptFileNames;
    private string acceptField = string.Empty;
    private bool passThrough;
    private bool ignoreEmptyFile;
    private bool addToResult;
    private Encoding encoding = Encoding.UTF8;

    public override void Init()
    {
        var settings = Meta.Element;
        mappings = Map(() => VCardFieldMapping.ReadAll(settings, Resolve));
        fileNameField = settings.Flag("include_filename") && Resolve(settings.Tag("filename_field")) is { Length: > 0 } f ? f : null;
        acceptFileNames = settings.Flag("accept_filenames");
        acceptField = Resolve(settings.Tag("accept_field"));
        passThrough = settings.Flag("passing_through_fields");
        ignoreEmptyFile = settings.Flag("ignore_empty_file");
        addToResult = settings.Flag("add_to_result_filenames");
        var encodingName = Resolve(settings.Tag("encoding"));
        encoding = Map(() => encodingName.Length == 0 ? Encoding.UTF8 : Encoding.GetEncoding(encodingName));
        if (acceptFileNames)
        {
            return;
        }

        files = FileInputList.Expand(FileSpec.ReadAll(settings), Variables).Paths;
        OutputRowMeta = BuildOutputMeta(null);
        if (files.Count > 0)
        {
            return;
        }

        if (!settings.Flag("do_not_fail_if_no_file"))
        {
            throw Failure("no vCard file was found; check the file list or allow a missing file.");
        }

        Log.Basic(LogSubject, "No vCard file was found, so no rows are written.");
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        acceptFileNames && passThrough && inputMeta is null ? null : BuildOutputMeta(inputMeta);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!acceptFileNames)
        {
            foreach (var path in files)
            {
                await ReadFileAsync(path, OutputRowMeta!, [], cancellationToken);
            }

            return;
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var index = inputMeta.IndexOf(acceptField);
            if (index < 0)
            {
                throw Failure($"the file name field '{acceptField}' is not in the input rows ({inputMeta}).");
            }

            var name = Resolve(ValueConverter.ToText(inputMeta[index], row[index]));
            if (name.Length > 0)
            {
                var path = Path.GetFullPath(HopPaths.ToLocalPath(name));
                await ReadFileAsync(path, BuildOutputMeta(inputMeta), passThrough ? row : [], cancellationToken);
            }
        }
    }

    private RowMeta BuildOutputMeta(RowMeta? inputMeta)
    {
        var fields = acceptFileNames && passThrough && inputMeta is not null ? inputMeta.Fields.ToList() : [];
        fields.AddRange(mappings.Select(m => new ValueMeta(m.HopField, HopValueType.String) { Origin = Name }));
        if (fileNameField is not null)
        {
            fields.Add(new ValueMeta(fileNameField, HopValueType.String) { Origin = Name });
        }

        return new RowMeta(fields);
    }

    private async Task ReadFileAsync(string path, RowMeta meta, object?[] inputRow, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            Log.Error(LogSubject, $"The vCard file '{path}' was not found.");
            IncrementErrors();
            return;
        }

        if (new FileInfo(path).Length == 0)
        {
            if (ignoreEmptyFile)
            {
                Log.Basic(LogSubject, $"The vCard file '{path}' is empty and is skipped.");
                return;
            }

            Log.Error(LogSubject, $"The vCard file '{path}' is empty.");
            IncrementErrors();
            return;
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, encoding, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"reading the vCard file '{path}' failed: {exception.Message}", exception);
        }

        if (addToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        foreach (var card in VCardReader.ReadAll(text))
        {
            var row = RowMeta.Resize(inputRow, meta.Count);
            foreach (var mapping in mappings)
            {
                var index = meta.IndexOf(mapping.HopField);
                row[index] = VCardValues.Extract(card, mapping);
            }

            if (fileNameField is not null)
            {
                row[meta.IndexOf(fileNameField)] = path;
            }

            IncrementLinesInput();
            await PutRowAsync(meta, row, cancellationToken);
        }
    }

    private T Map<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is HopException or ArgumentException)
        {
            throw Failure(exception.Message, exception);
        }
    }
}
