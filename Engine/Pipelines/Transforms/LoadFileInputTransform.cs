using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Load file content in memory: writes one row per file with the whole content (text decoded with the
/// encoding, or the raw bytes for a Binary field) and/or its size, then the optional file name, row number
/// and file fields. Files come from the file list (with masks and subfolders) or from a field of each
/// input row, whose fields are passed on in front.
/// </summary>
[Transform("LoadFileInput")]
public sealed class LoadFileInputTransform : TransformBase
{
    private readonly List<(ValueMeta Meta, bool IsSize)> fields = [];
    private AdditionalFileFields fileFields = null!;
    private bool inFields;
    private string? fileNameField;
    private string? rowNumberField;
    private long limit;
    private long rowNumber;
    private Encoding? encoding;

    public override void Init()
    {
        var settings = Meta.Element;
        inFields = settings.Flag("IsInFields");
        fileNameField = settings.Flag("include") && Resolve(settings.Tag("include_field")) is { Length: > 0 } f ? f : null;
        rowNumberField = settings.Flag("rownum") && Resolve(settings.Tag("rownum_field")) is { Length: > 0 } r ? r : null;
        limit = settings.Long("limit");
        fileFields = AdditionalFileFields.Read(settings, withSize: false);
        var encodingName = Resolve(settings.Tag("encoding"));
        try
        {
            encoding = string.IsNullOrWhiteSpace(encodingName) ? null : TextFileOpener.ResolveEncoding(encodingName);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        // Hop reads an unknown element type as "content".
        foreach (var element in settings.Element("fields")?.Elements("field") ?? [])
        {
            var meta = FieldDefinition.Read(element).Meta;
            fields.Add((meta with { Name = Resolve(meta.Name) }, element.TagOrEmpty("element_type") == "size"));
        }

        if (!inFields)
        {
            OutputRowMeta = BuildOutputMeta(null);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inFields && inputMeta is null ? null : BuildOutputMeta(inFields ? inputMeta : null);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (inFields)
        {
            await ReadFromFieldAsync(cancellationToken);
            return;
        }

        var paths = ExpandInputFiles(FileSpec.ReadAll(Meta.Element));

        foreach (var path in paths)
        {
            if (!await LoadAsync(path, OutputRowMeta!, new object?[OutputRowMeta!.Count], cancellationToken))
            {
                return;
            }
        }
    }

    private async Task ReadFromFieldAsync(CancellationToken cancellationToken)
    {
        var nameField = Resolve(Meta.Element.Tag("DynamicFilenameField"));
        if (nameField.Length == 0)
        {
            throw Failure("the file name field (DynamicFilenameField) is not set.");
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var index = inputMeta.IndexOf(nameField);
            if (index < 0)
            {
                throw Failure($"the file name field '{nameField}' is not in the input rows ({inputMeta}).");
            }

            var name = ValueConverter.ToText(inputMeta[index], row[index]) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw Failure($"the file name in field '{nameField}' is empty (row {LinesRead}).");
            }

            string path;
            try
            {
                path = Path.GetFullPath(HopPaths.ToLocalPath(name));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw Failure($"the file name '{name}' in field '{nameField}' is not a valid path: {exception.Message}", exception);
            }

            var outputMeta = BuildOutputMeta(inputMeta);
            if (!await LoadAsync(path, outputMeta, RowMeta.Resize(row, outputMeta.Count), cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Reads one file and writes its row; returns false when the row limit is reached.</summary>
    private async Task<bool> LoadAsync(string path, RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            if (Meta.Element.Flag("IsIgnoreMissingPath"))
            {
                Log.Basic(LogSubject, $"The file '{path}' does not exist; it is skipped.");
                return true;
            }

            throw Failure(Directory.Exists(path) ? $"'{path}' is a folder, not a file." : $"the file '{path}' does not exist.");
        }

        var size = new FileInfo(path).Length;
        if (size == 0 && Meta.Element.Flag("IsIgnoreEmptyFile"))
        {
            Log.Error(LogSubject, $"The file '{path}' is empty; it is skipped.");
            return true;
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (IOException exception)
        {
            throw Failure($"the file '{path}' cannot be read: {exception.Message}", exception);
        }

        var index = meta.Count - fields.Count - ExtraFieldCount;
        foreach (var (fieldMeta, isSize) in fields)
        {
            row[index++] = isSize ? Convert(fieldMeta, size.ToString(System.Globalization.CultureInfo.InvariantCulture), path)
                : fieldMeta.Type == HopValueType.Binary ? content
                : Convert(fieldMeta, Trim(fieldMeta.Trim, (encoding ?? Encoding.UTF8).GetString(content)), path);
        }

        if (fileNameField is not null)
        {
            row[index++] = path;
        }

        rowNumber++;
        if (rowNumberField is not null)
        {
            row[index++] = rowNumber;
        }

        fileFields.Fill(row, index, path);
        if (Meta.Element.Flag("addresultfile", true))
        {
            Pipeline.AddResultFile(path, Name);
        }

        IncrementLinesInput();
        await PutRowAsync(meta, row, cancellationToken);
        return limit <= 0 || rowNumber < limit;
    }

    private int ExtraFieldCount => (fileNameField is null ? 0 : 1) + (rowNumberField is null ? 0 : 1) + fileFields.Count;

    private object? Convert(ValueMeta meta, string text, string path)
    {
        try
        {
            return ValueConverter.FromString(meta, text);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or HopException)
        {
            throw Failure($"the content of '{path}' cannot become {HopValueTypes.Name(meta.Type)} for field " +
                $"'{meta.Name}': {exception.Message}", exception);
        }
    }

    private static string Trim(TrimType trim, string text) => trim switch
    {
        TrimType.Left => text.TrimStart(' ', '\t', '\r', '\n'),
        TrimType.Right => text.TrimEnd(' ', '\t', '\r', '\n'),
        TrimType.Both => text.Trim(' ', '\t', '\r', '\n'),
        _ => text,
    };

    private RowMeta BuildOutputMeta(RowMeta? inputMeta)
    {
        var metas = new List<ValueMeta>();
        if (inputMeta is not null)
        {
            metas.AddRange(inputMeta.Fields);
        }

        metas.AddRange(fields.Select(f => f.Meta));
        if (fileNameField is not null)
        {
            metas.Add(new ValueMeta(fileNameField, HopValueType.String) { Length = 250 });
        }

        if (rowNumberField is not null)
        {
            metas.Add(new ValueMeta(rowNumberField, HopValueType.Integer));
        }

        metas.AddRange(fileFields.Metas);
        return new RowMeta(metas);
    }
}
