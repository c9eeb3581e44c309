using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Files.Properties;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Property input: reads Java .properties files (in java.util.Properties iteration order) or INI files (one
/// section, or all of them in file order). It writes one row per key with the key and/or value fields, then
/// the optional file name, row number, section name and file fields. Files come from the file list or from
/// a field of each input row.
/// </summary>
[Transform("PropertyInput")]
public sealed class PropertyInputTransform : TransformBase
{
    private readonly List<(ValueMeta Meta, bool IsKey, bool Repeat)> fields = [];
    private AdditionalFileFields fileFields = null!;
    private bool isIni;
    private bool fromField;
    private string? fileNameField;
    private string? rowNumberField;
    private string? sectionField;
    private string section = string.Empty;
    private long limit;
    private long rowNumber = 1;
    private object?[]? previousRow;

    public override void Init()
    {
        var settings = Meta.Element;
        var fileType = settings.Tag("file_type") ?? "property";
        isIni = fileType.Equals("ini", StringComparison.OrdinalIgnoreCase);
        if (!isIni && !fileType.Equals("property", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"the file type '{fileType}' is invalid; expected 'property' or 'ini'.");
        }

        fromField = settings.Flag("filefield");
        fileNameField = settings.Flag("include") && Resolve(settings.Tag("include_field")) is { Length: > 0 } f ? f : null;
        rowNumberField = settings.Flag("rownum") && Resolve(settings.Tag("rownum_field")) is { Length: > 0 } r ? r : null;
        sectionField = settings.Flag("ini_section") && Resolve(settings.Tag("ini_section_field")) is { Length: > 0 } s ? s : null;
        section = Resolve(settings.Tag("section"));
        limit = settings.Long("limit");
        fileFields = AdditionalFileFields.Read(settings);
        foreach (var element in settings.Element("fields")?.Elements("field") ?? [])
        {
            var meta = FieldDefinition.Read(element).Meta;
            var column = element.TagOrEmpty("column");
            fields.Add((meta with { Name = Resolve(meta.Name) }, column.Equals("key", StringComparison.OrdinalIgnoreCase), element.Flag("repeat")));
        }

        if (!fromField)
        {
            OutputRowMeta = BuildOutputMeta(null);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        fromField && inputMeta is null ? null : BuildOutputMeta(fromField ? inputMeta : null);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (fromField)
        {
            await ReadFromFieldAsync(cancellationToken);
            return;
        }

        // NOTE: Hop stops without an error when no listed file exists, even a required one. Here a missing
        // required file always fails, as in Hop when another listed file exists.
        var paths = ExpandInputFiles(FileSpec.ReadAll(Meta.Element));

        foreach (var path in paths)
        {
            if (!await ReadFileAsync(path, OutputRowMeta!, [], cancellationToken))
            {
                return;
            }
        }
    }

    private async Task ReadFromFieldAsync(CancellationToken cancellationToken)
    {
        var nameField = Resolve(Meta.Element.Tag("filename_Field"));
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var index = inputMeta.IndexOf(nameField);
            if (index < 0)
            {
                throw Failure($"the file name field '{nameField}' is not in the input rows ({inputMeta}).");
            }

            var name = ValueConverter.ToText(inputMeta[index], row[index]);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw Failure($"the file name in field '{nameField}' is empty (row {LinesRead}).");
            }

            var path = Path.GetFullPath(HopPaths.ToLocalPath(name));
            if (!await ReadFileAsync(path, BuildOutputMeta(inputMeta), row, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Writes a row per key of one file; returns false when the row limit is reached.</summary>
    private async Task<bool> ReadFileAsync(string path, RowMeta meta, object?[] inputRow, CancellationToken cancellationToken)
    {
        if (Meta.Element.Flag("resetrownumber"))
        {
            rowNumber = 0;
        }

        if (Meta.Element.Flag("isaddresult", true))
        {
            Pipeline.AddResultFile(path, Name);
        }

        foreach (var (sectionName, key, value) in ReadEntries(path))
        {
            var row = RowMeta.Resize(inputRow, meta.Count);
            var index = inputRow.Length;
            foreach (var (fieldMeta, isKey, repeat) in fields)
            {
                var text = Trim(fieldMeta.Trim, isKey ? key : value);
                row[index] = repeat && previousRow is not null && string.IsNullOrEmpty(text)
                    ? previousRow[index]
                    : Convert(fieldMeta, text, key, path);
                index++;
            }

            index = FillExtraFields(row, index, path, sectionName);
            fileFields.Fill(row, index, path);
            previousRow = row;
            IncrementLinesInput();
            rowNumber++;
            await PutRowAsync(meta, row, cancellationToken);
            if (limit > 0 && rowNumber > limit)
            {
                return false;
            }
        }

        return true;
    }

    private int FillExtraFields(object?[] row, int index, string path, string? sectionName)
    {
        if (fileNameField is not null)
        {
            row[index++] = path;
        }

        if (rowNumberField is not null)
        {
            row[index++] = rowNumber;
        }

        if (sectionField is not null)
        {
            row[index++] = sectionName is null ? null : Resolve(sectionName);
        }

        return index;
    }

    private List<(string? Section, string Key, string? Value)> ReadEntries(string path)
    {
        try
        {
            if (!isIni)
            {
                // java.util.Properties.load(InputStream) always reads ISO-8859-1, whatever the encoding setting.
                using var reader = new StreamReader(path, Encoding.Latin1);
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                var pairs = JavaPropertiesReader.Parse(reader);
                foreach (var (key, value) in pairs)
                {
                    values[key] = value;
                }

                return JavaHashOrder.Order(pairs.Select(p => p.Key))
                    .Select(key => ((string?)null, key, (string?)Resolved(values[key]))).ToList();
            }

            using var iniReader = TextFileOpener.Open(path, Resolve(Meta.Element.Tag("encoding")), "None");
            var sections = IniFileReader.Parse(iniReader, path);
            if (section.Length > 0)
            {
                var selected = sections.FirstOrDefault(s => s.Name == section)
                    ?? throw Failure($"the section '{section}' is not in the INI file '{path}'.");
                sections = [selected];
            }

            return sections.SelectMany(s => s.Options.Select(o => ((string?)s.Name, o.Key, Resolved(o.Value)))).ToList();
        }
        catch (Exception exception) when (exception is IOException or FormatException or UnauthorizedAccessException)
        {
            throw Failure($"reading the file '{path}' failed: {exception.Message}", exception);
        }
    }

    private string? Resolved(string? value) =>
        value is not null && Meta.Element.Flag("resolvevaluevariable") ? Resolve(value) : value;

    private object? Convert(ValueMeta meta, string? text, string key, string path)
    {
        try
        {
            return ValueConverter.FromString(meta, text);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or HopException)
        {
            throw Failure($"the value [{text}] of key '{key}' in '{path}' cannot become {HopValueTypes.Name(meta.Type)} " +
                $"for field '{meta.Name}': {exception.Message}", exception);
        }
    }

    private static string? Trim(TrimType trim, string? text) => text is null ? null : trim switch
    {
        TrimType.Left => text.TrimStart(),
        TrimType.Right => text.TrimEnd(),
        TrimType.Both => text.Trim(),
        _ => text,
    };

    private RowMeta BuildOutputMeta(RowMeta? inputMeta)
    {
        var metas = new List<ValueMeta>();
        metas.AddRange(inputMeta?.Fields ?? []);
        metas.AddRange(fields.Select(f => f.Meta));
        if (fileNameField is not null)
        {
            metas.Add(new ValueMeta(fileNameField, HopValueType.String));
        }

        if (rowNumberField is not null)
        {
            metas.Add(new ValueMeta(rowNumberField, HopValueType.Integer));
        }

        if (sectionField is not null)
        {
            metas.Add(new ValueMeta(sectionField, HopValueType.String));
        }

        metas.AddRange(fileFields.Metas);
        return new RowMeta(metas);
    }
}
