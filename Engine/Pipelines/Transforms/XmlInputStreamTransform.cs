using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// XML input stream (StAX): reads XML documents event by event and writes one row per event (document start
/// and end, element start and end, attribute, namespace, text) with the element's id, parent id, level, path,
/// name and value. The documents come from a file, from files named in an input field, or from XML text in an
/// input field. In the last two cases the input row's fields come first.
/// </summary>
[Transform("XMLInputStream")]
public sealed partial class XmlInputStreamTransform : TransformBase
{
    private bool sourceFromInput;
    private string sourceFieldName = string.Empty;
    private string fileName = string.Empty;
    private long rowsToSkip;
    private long rowLimit;
    private Encoding encoding = Encoding.UTF8;
    private bool enableNamespaces;
    private bool enableTrim;
    private bool addResultFile;
    private RowMeta ownFields = RowMeta.Empty;
    private XmlInputStreamFields positions = null!;

    public override void Init()
    {
        var settings = Meta.Element;
        sourceFromInput = settings.Flag("sourceFromInput");
        sourceFieldName = Resolve(settings.Tag("sourceFieldName"));
        fileName = Resolve(settings.Tag("filename"));
        rowsToSkip = ParseCount(settings.Tag("nrRowsToSkip"), "number of rows to skip");
        rowLimit = ParseCount(settings.Tag("rowLimit"), "row limit");
        var encodingName = Resolve(settings.Tag("encoding"));
        encoding = string.IsNullOrEmpty(encodingName) ? Encoding.UTF8 : Encoding.GetEncoding(encodingName);
        enableNamespaces = settings.Flag("enableNamespaces");
        enableTrim = settings.Flag("enableTrim", true);
        addResultFile = settings.Flag("addResultFile");
        (ownFields, positions) = XmlInputStreamFields.Build(settings, Resolve);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null ? ownFields : new RowMeta([.. inputMeta.Fields, .. ownFields.Fields]);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!HasMainInput)
        {
            if (sourceFromInput)
            {
                throw Failure("the XML is read from an input field, but the transform has no input hop.");
            }

            if (string.IsNullOrEmpty(fileName))
            {
                throw Failure("no file name is set.");
            }

            OutputRowMeta = ownFields;
            await ReadFileAsync(ResolvePath(fileName), null, cancellationToken);
            return;
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var name = sourceFromInput ? sourceFieldName : fileName;
            var index = inputMeta.IndexOf(name);
            if (sourceFromInput && index < 0)
            {
                throw Failure($"the XML source field '{name}' is not in the input rows ({inputMeta}).");
            }

            if (index < 0)
            {
                // As in Hop, a file name that is not a field name is read once as a file.
                await ReadFileAsync(ResolvePath(fileName), null, cancellationToken);
                while (await GetRowAsync(cancellationToken) is not null)
                {
                }

                return;
            }

            var value = ValueConverter.ToText(inputMeta[index], row[index]) ?? string.Empty;
            using var reader = new StringReader(value);
            var limitReached = sourceFromInput
                ? await ReadDocumentAsync(reader, null, row, cancellationToken)
                : await ReadFileAsync(ResolvePath(value), row, cancellationToken);
            if (limitReached)
            {
                // Like Hop, the transform ends at the row limit; the remaining input rows are read and dropped.
                while (await GetRowAsync(cancellationToken) is not null)
                {
                }

                return;
            }
        }
    }

    private async Task<bool> ReadFileAsync(string path, object?[]? inputRow, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw Failure($"the XML file '{path}' does not exist.");
        }

        if (addResultFile)
        {
            Pipeline.AddResultFile(path, Name);
        }

        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        return await ReadDocumentAsync(reader, path, inputRow, cancellationToken);
    }

    private string ResolvePath(string name)
    {
        var local = HopPaths.ToLocalPath(name);
        var folder = Pipeline.Meta.FilePath is null
            ? Pipeline.Context.Project.Home
            : Path.GetDirectoryName(Pipeline.Meta.FilePath)!;
        return Path.GetFullPath(local, folder);
    }

    private long ParseCount(string? setting, string settingName)
    {
        var text = Resolve(setting).Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        return long.TryParse(text, out var value) ? value : throw Failure($"the {settingName} '{text}' is not a whole number.");
    }
}
