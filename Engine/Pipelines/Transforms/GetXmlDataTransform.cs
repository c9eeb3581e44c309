using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get data from XML: selects loop nodes with an XPath over each document (files from the settings, a file
/// named in a field, or XML text in a field) and writes one row per loop node, each field being an XPath
/// relative to that node. A document that cannot be read goes to the error hop when there is one.
/// </summary>
[Transform("getXMLData")]
public sealed partial class GetXmlDataTransform : DocumentInputTransformBase
{
    private readonly List<XmlField> fields = [];
    private bool namespaceAware;
    private string loopXPath = string.Empty;
    private long rowNumber;
    private object?[]? previousValues;

    public override void Init()
    {
        base.Init();
        namespaceAware = Settings.Flag("namespaceaware");
        loopXPath = Resolve(Settings.Tag("loopxpath"));
        if (string.IsNullOrWhiteSpace(loopXPath))
        {
            throw Failure("no loop XPath is set.");
        }

        foreach (var field in Settings.Element("fields")?.Elements("field") ?? [])
        {
            var definition = FieldDefinition.Read(field);
            var attribute = field.TagOrEmpty("element_type").StartsWith("attribut", StringComparison.OrdinalIgnoreCase);
            var path = FieldPath(Resolve(field.TagOrEmpty("xPath")), attribute);
            var asXml = field.TagOrEmpty("result_type") == "singlenode";
            fields.Add(new XmlField(definition.Meta, path, asXml, definition.Repeat));
        }

        if (!InFields)
        {
            OutputRowMeta = BuildOutputMeta(null);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        InFields && inputMeta is null ? null : BuildOutputMeta(InFields ? inputMeta : null);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!InFields)
        {
            await ReadFilesAsync(cancellationToken);
            return;
        }

        var sourceName = Resolve(Settings.Tag("XmlField"));
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var sourceIndex = inputMeta.IndexOf(sourceName);
            if (sourceIndex < 0)
            {
                throw Failure($"the XML source field '{sourceName}' is not in the input rows ({inputMeta}).");
            }

            var outputMeta = BuildOutputMeta(inputMeta);
            var text = ValueConverter.ToText(inputMeta[sourceIndex], row[sourceIndex]);
            string? fileName = null;
            XDocument? document;
            try
            {
                if (SourceIsFile)
                {
                    fileName = string.IsNullOrEmpty(text)
                        ? null
                        : Path.GetFullPath(Execution.HopPaths.ToLocalPath(Resolve(text)));
                    var content = await ReadSourceFileAsync(
                        fileName, Settings.Flag("doNotFailIfNoFile"), failWhenEmpty: false, cancellationToken);
                    document = content is null ? null : Parse(content, $"file '{fileName}'");
                }
                else
                {
                    document = string.IsNullOrEmpty(text) ? null : Parse(text, $"field '{sourceName}'");
                }
            }
            catch (HopException exception) when (HasErrorHandling)
            {
                await PutErrorAsync(
                    inputMeta, row, 1, exception.Message, sourceName, "GetXMLData001", cancellationToken);
                continue;
            }

            if (document is null)
            {
                continue;
            }

            var baseRow = new object?[outputMeta.Count];
            Array.Copy(row, baseRow, Math.Min(row.Length, inputMeta.Count));
            if (!await EmitDocumentAsync(document, outputMeta, baseRow, fileName, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task ReadFilesAsync(CancellationToken cancellationToken)
    {
        var outputMeta = OutputRowMeta!;
        foreach (var path in ExpandSourceFiles(allowNone: Settings.Flag("doNotFailIfNoFile")))
        {
            XDocument document;
            try
            {
                var content = await ReadSourceFileAsync(
                    path, Settings.Flag("doNotFailIfNoFile"), failWhenEmpty: false, cancellationToken);
                if (content is null)
                {
                    continue;
                }

                document = Parse(content, $"file '{path}'");
            }
            catch (HopException exception) when (HasErrorHandling)
            {
                var errorRow = new object?[outputMeta.Count];
                await PutErrorAsync(
                    outputMeta, errorRow, 1, exception.Message, string.Empty, "GetXMLData001", cancellationToken);
                continue;
            }

            if (!await EmitDocumentAsync(document, outputMeta, new object?[outputMeta.Count], path, cancellationToken))
            {
                return;
            }
        }
    }

    private XDocument Parse(string content, string source)
    {
        try
        {
            return XmlPathValues.Parse(content, namespaceAware);
        }
        catch (XmlException exception)
        {
            throw Failure($"the XML in {source} cannot be read: {exception.Message}", exception);
        }
    }

    private IXmlNamespaceResolver? NamespacesOf(XDocument document)
    {
        if (!namespaceAware || document.Root is null)
        {
            return null;
        }

        var manager = new XmlNamespaceManager(new NameTable());
        foreach (var declaration in document.Descendants().Attributes().Where(a => a.IsNamespaceDeclaration))
        {
            var prefix = declaration.Name.Namespace == XNamespace.None ? string.Empty : declaration.Name.LocalName;
            if (prefix.Length > 0 && manager.LookupNamespace(prefix) is null)
            {
                manager.AddNamespace(prefix, declaration.Value);
            }
        }

        return manager;
    }

    /// <summary>
    /// An attribute field names the attribute of the loop node (or of the node its path leads to): Hop puts
    /// the '@' in front of the last step when the path does not have it.
    /// </summary>
    private static string FieldPath(string path, bool attribute)
    {
        if (!attribute || path.Contains('@'))
        {
            return path;
        }

        var slash = path.LastIndexOf('/');
        return slash < 0 ? "@" + path : path[..(slash + 1)] + "@" + path[(slash + 1)..];
    }

    private sealed record XmlField(ValueMeta Meta, string Path, bool AsXml, bool Repeat);
}
