using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Advanced XML output: writes rows into an XML tree where one element repeats per row (the loop) and
/// group elements above it are opened once per run of equal keys, with optional split files, zip and
/// a generated XSD next to the file. Rows pass through unchanged.
/// </summary>
[Transform("AdvancedXMLOutput")]
public sealed partial class AdvancedXmlOutputTransform : TransformBase
{
    private XElement Settings => Meta.Element;
    private XElement FileSettings => Settings.Element("file") ?? new XElement("file");
    private XmlOutputNode root = null!;
    private List<XmlOutputNode> pathToParent = [];
    private XmlOutputNode loopNode = null!;
    private bool compact;
    private int splitNumber;
    private long rowsWritten;
    private string? currentPath;
    private FileStream? fileStream;
    private ZipArchive? zip;
    private StreamWriter? text;
    private XmlMarkupWriter? writer;
    private bool rowsInCurrentFile;
    private bool toFile;
    private bool toField;
    private StringWriter? buffer;
    private object?[]? lastRow;

    public override void Init()
    {
        var tree = Settings.Element("tree") ?? throw Failure("the XML tree is not configured.");
        root = XmlOutputNode.Read(tree);
        var path = root.PathToLoop();
        if (path.Count == 0)
        {
            throw Failure("no element of the XML tree is marked as the loop element.");
        }

        var operation = Settings.Tag("operation_type");
        toField = operation is "outputvalue" or "both";
        toFile = operation != "outputvalue";
        if (toField && string.IsNullOrEmpty(Settings.Tag("output_xml_field")))
        {
            throw Failure($"the operation '{operation}' needs the name of the XML output field.");
        }

        loopNode = path[^1];
        pathToParent = path[..^1];
        compact = Settings.Flag("compact_file");
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        if (writer is null)
        {
            PrepareFields(meta);
            OpenFile();
            if (Settings.Flag("generate_xsd"))
            {
                XmlOutputSchema.Write(BuildFileName(0, extension: "xsd", zipped: false), root, meta);
            }
        }
        else if (FileSettings.Int("splitevery") is > 0 and var every && rowsWritten % every == 0)
        {
            await EmitDocumentAsync(CloseFile(), cancellationToken);
            OpenFile();
        }

        WriteRow(meta, row);
        rowsWritten++;
        IncrementLinesOutput();
        lastRow = row;
        if (!toField)
        {
            await PutRowAsync(meta, row, cancellationToken);
        }
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (writer is null && !FileSettings.Flag("do_not_create_empty_file") && toFile)
        {
            OpenFile();
        }

        await EmitDocumentAsync(CloseFile(), cancellationToken);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null || !toField ? inputMeta : OutputMeta(inputMeta);

    /// <summary>
    /// Sends one row per finished document when the XML goes to a field: the last row written into the
    /// document, with the document text added.
    /// </summary>
    private async Task EmitDocumentAsync(string? document, CancellationToken cancellationToken)
    {
        if (!toField || document is null || lastRow is null)
        {
            return;
        }

        var meta = OutputMeta(InputRowMeta!);
        var output = new object?[meta.Count];
        Array.Copy(lastRow, output, Math.Min(lastRow.Length, meta.Count - 1));
        output[meta.Count - 1] = document;
        await PutRowAsync(meta, output, cancellationToken);
    }

    private RowMeta OutputMeta(RowMeta inputMeta) =>
        new([.. inputMeta.Fields, new ValueMeta(Resolve(Settings.Tag("output_xml_field")), HopValueType.String)]);

    private void OpenFile()
    {
        buffer = toField ? new StringWriter() : null;
        if (toFile)
        {
            OpenTargetFile();
        }

        writer = new XmlMarkupWriter(buffer ?? (TextWriter)text!);
        var encoding = EncodingName;
        writer.Declaration(encoding);
        if (!compact && Settings.Flag("blank_line_after_xml_decl"))
        {
            writer.Raw("\n");
        }

        WriteDoctypeAndStylesheet();
        rowsInCurrentFile = false;
        currentKey = null;
        splitNumber++;
    }

    private string EncodingName => Resolve(Settings.Tag("encoding")) is { Length: > 0 } name ? name : "UTF-8";

    private void OpenTargetFile()
    {
        var zipped = FileSettings.Flag("zipped");
        currentPath = Path.GetFullPath(Execution.HopPaths.ToLocalPath(BuildFileName(splitNumber, null, zipped)));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(currentPath)!);
            fileStream = File.Create(currentPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"the file '{currentPath}' cannot be created: {exception.Message}", exception);
        }
        Stream target = fileStream;
        if (zipped)
        {
            zip = new ZipArchive(fileStream, ZipArchiveMode.Create, leaveOpen: true);
            var inner = Path.GetFileName(BuildFileName(splitNumber, null, zipped: false));
            target = zip.CreateEntry(inner).Open();
        }

        var encoding = EncodingName;
        Encoding textEncoding;
        try
        {
            var named = Encoding.GetEncoding(encoding);
            textEncoding = named is UTF8Encoding ? new UTF8Encoding(false) : named;
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the encoding '{encoding}' is unknown; use an encoding name such as UTF-8.", exception);
        }
        text = new StreamWriter(target, textEncoding);
    }

    /// <summary>Closes the open elements and the file; returns the document text when it goes to a field.</summary>
    private string? CloseFile()
    {
        if (writer is null)
        {
            return null;
        }

        while (writer.Depth > 0)
        {
            writer.EndElement();
            NewLine();
        }

        writer = null;
        var document = rowsInCurrentFile ? buffer?.ToString() : null;
        if (text is null)
        {
            return document;
        }

        if (buffer is not null)
        {
            text.Write(buffer.ToString());
        }

        text.Dispose();
        zip?.Dispose();
        fileStream?.Dispose();
        zip = null;
        fileStream = null;
        text = null;
        if (!rowsInCurrentFile && FileSettings.Flag("do_not_create_empty_file") && currentPath is not null)
        {
            File.Delete(currentPath);
        }
        else if (currentPath is not null && FileSettings.Flag("add_to_result_filenames"))
        {
            Pipeline.AddResultFile(currentPath, Name);
        }

        return document;
    }

    /// <summary>Builds a file name as Hop does: base name, date/time, copy number, split number, extension.</summary>
    private string BuildFileName(int split, string? extension, bool zipped)
    {
        var name = Resolve(FileSettings.Tag("name"));
        var now = DateTime.Now;
        var format = FileSettings.Tag("date_time_format");
        if (FileSettings.Flag("SpecifyFormat") && !string.IsNullOrEmpty(format))
        {
            name += now.ToString(JavaFormats.ToNetDateFormat(format), CultureInfo.InvariantCulture);
        }
        else
        {
            var date = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var time = now.ToString("HHmmss", CultureInfo.InvariantCulture);
            name += FileSettings.Flag("add_date") ? "_" + date : string.Empty;
            name += FileSettings.Flag("add_time") ? "_" + time : string.Empty;
        }

        name += FileSettings.Flag("split") ? "_" + CopyNr.ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (FileSettings.Int("splitevery") > 0)
        {
            name += "_" + (split + 1).ToString("00000", CultureInfo.InvariantCulture);
        }

        var realExtension = extension ?? Resolve(FileSettings.Tag("extension"));
        return zipped ? name + ".zip" : string.IsNullOrEmpty(realExtension) ? name : name + "." + realExtension;
    }

    private void NewLine()
    {
        if (!compact)
        {
            writer!.Raw("\n");
        }
    }
}
