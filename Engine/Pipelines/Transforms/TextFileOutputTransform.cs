using System.Text;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Text file output: writes rows as delimited text with an optional header, enclosing values that need it
/// (or all text values when forced), and passes each row on.
/// </summary>
[Transform("TextFileOutput")]
public sealed class TextFileOutputTransform : TransformBase
{
    private readonly Dictionary<string, StreamWriter> writers = new(StringComparer.Ordinal);
    private List<FieldDefinition> fields = [];
    private string separator = ";";
    private string enclosure = "\"";
    private bool enclosureForced;
    private bool enclosureFixDisabled;
    private bool header;
    private string newline = "\n";
    private Encoding encoding = new UTF8Encoding(false);
    private bool append;
    private bool addToResult;
    private bool createParentFolder;
    private string? fileNameField;
    private XElement file = new("file");

    public override void Init()
    {
        var element = Meta.Element;
        file = element.Element("file") ?? new XElement("file");
        fields = FieldDefinition.ReadAll(element.Element("fields")).ToList();
        separator = Resolve(element.Tag("separator") ?? ";");
        enclosure = Resolve(element.Tag("enclosure") ?? string.Empty);
        enclosureForced = element.Flag("enclosure_forced");
        enclosureFixDisabled = element.Flag("enclosure_fix_disabled");
        header = element.Flag("header", true);
        newline = element.TagOrEmpty("format").ToUpperInvariant() switch
        {
            "DOS" => "\r\n",
            "NONE" => string.Empty,
            _ => "\n",
        };
        var encodingName = Resolve(element.Tag("encoding"));
        encoding = string.IsNullOrEmpty(encodingName) || encodingName.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            ? new UTF8Encoding(false)
            : Encoding.GetEncoding(encodingName);
        append = file.Flag("append");
        addToResult = file.Flag("add_to_result_filenames", true);
        createParentFolder = element.Flag("create_parent_folder", true);
        fileNameField = element.Flag("fileNameInField") ? element.Tag("fileNameField") : null;
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        var path = fileNameField is null
            ? BuildFileName()
            : ValueConverter.ToText(meta[meta.RequireIndex(fileNameField, Name)], row[meta.IndexOf(fileNameField)]) ?? throw Failure("the file name field is empty.");
        var writer = Open(path, meta);
        var line = new StringBuilder();
        var first = true;
        foreach (var (valueMeta, value) in SelectFields(meta, row))
        {
            if (!first)
            {
                line.Append(separator);
            }

            first = false;
            line.Append(Format(valueMeta, value));
        }

        await writer.WriteAsync(line.Append(newline).ToString().AsMemory(), cancellationToken);
        IncrementLinesOutput();
        await PutRowAsync(meta, row, cancellationToken);
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (writers.Count == 0 && fileNameField is null && !file.Flag("do_not_open_new_file_init"))
        {
            Open(BuildFileName(), InputRowMeta);
        }

        foreach (var writer in writers.Values)
        {
            await writer.FlushAsync(cancellationToken);
            await writer.DisposeAsync();
        }

        writers.Clear();
    }

    private IEnumerable<(ValueMeta Meta, object? Value)> SelectFields(RowMeta meta, object?[] row)
    {
        if (fields.Count == 0)
        {
            for (var i = 0; i < meta.Count; i++)
            {
                yield return (meta[i], row[i]);
            }

            yield break;
        }

        foreach (var field in fields)
        {
            var index = meta.RequireIndex(field.Meta.Name, Name);
            var source = meta[index];
            var formatMeta = source with
            {
                ConversionMask = string.IsNullOrEmpty(field.Meta.ConversionMask) ? source.ConversionMask : field.Meta.ConversionMask,
                DecimalSymbol = field.Meta.DecimalSymbol ?? source.DecimalSymbol,
                GroupingSymbol = field.Meta.GroupingSymbol ?? source.GroupingSymbol,
                CurrencySymbol = field.Meta.CurrencySymbol ?? source.CurrencySymbol,
                Trim = field.Meta.Trim,
                Length = field.Meta.Length >= 0 ? field.Meta.Length : source.Length,
                Precision = field.Meta.Precision >= 0 ? field.Meta.Precision : source.Precision,
            };
            var value = row[index];
            if (value is null && !string.IsNullOrEmpty(field.NullIf))
            {
                yield return (formatMeta with { Type = HopValueType.String }, field.NullIf);
                continue;
            }

            yield return (formatMeta, value);
        }
    }

    private string Format(ValueMeta meta, object? value)
    {
        var text = ValueConverter.ToText(meta, value) ?? string.Empty;
        text = TrimTypes.Apply(meta.Trim, text);
        if (enclosure.Length == 0)
        {
            return text;
        }

        var needsEnclosure = (enclosureForced && meta.Type == HopValueType.String)
            || (!enclosureFixDisabled && (text.Contains(separator, StringComparison.Ordinal) || text.Contains(enclosure, StringComparison.Ordinal)));
        if (!needsEnclosure)
        {
            return text;
        }

        return enclosure + text.Replace(enclosure, enclosure + enclosure, StringComparison.Ordinal) + enclosure;
    }

    private string BuildFileName()
    {
        var name = HopPaths.ToLocalPath(Resolve(file.Tag("name")));
        if (string.IsNullOrEmpty(name))
        {
            throw Failure("no output file name is set.");
        }

        if (file.Flag("haspartno"))
        {
            name += "_" + CopyNr;
        }

        if (file.Flag("add_date"))
        {
            name += "_" + Pipeline.Context.TimeProvider.GetLocalNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (file.Flag("add_time"))
        {
            name += "_" + Pipeline.Context.TimeProvider.GetLocalNow().ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        }

        var extension = Resolve(file.Tag("extension") is { Length: > 0 } current ? current : file.Tag("extention"));
        return string.IsNullOrEmpty(extension) ? name : name + "." + extension;
    }

    private StreamWriter Open(string path, RowMeta? meta)
    {
        if (writers.TryGetValue(path, out var existing))
        {
            return existing;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            if (!createParentFolder)
            {
                throw Failure($"the folder '{directory}' does not exist.");
            }

            Directory.CreateDirectory(directory);
        }

        var exists = File.Exists(path);
        var writer = new StreamWriter(path, append, encoding, 1 << 16);
        writers[path] = writer;
        if (addToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        if (header && meta is not null && !(append && exists && new FileInfo(path).Length > 0))
        {
            var names = fields.Count == 0 ? meta.Fields.Select(f => f.Name) : fields.Select(f => f.Meta.Name);
            var quote = enclosureForced ? enclosure : string.Empty;
            writer.Write(string.Join(separator, names.Select(n => quote + n + quote)) + newline);
        }

        return writer;
    }
}
