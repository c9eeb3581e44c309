using System.Text;
using System.Xml;
using System.Xml.XPath;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// XML join: parses the XML field of the first row of the target stream. The root element of every join
/// (source) row's XML field is appended under the node an XPath selects. The first target row then leaves
/// once, with the joined document in a new String field. In a complex join each source row's compare
/// value replaces every '?' in the XPath. Like Hop, later target rows are ignored.
/// </summary>
[Transform("XMLJoin")]
public sealed class XmlJoinTransform : TransformBase
{
    private string targetTransform = string.Empty;
    private string sourceTransform = string.Empty;
    private string targetField = string.Empty;
    private string sourceField = string.Empty;
    private string valueField = string.Empty;
    private string compareField = string.Empty;
    private string targetXPath = string.Empty;
    private string encoding = "UTF-8";
    private bool complexJoin;
    private bool omitXmlHeader;
    private bool omitNullValues;

    public override IReadOnlyCollection<string> InfoStreamNames => [targetTransform, sourceTransform];

    public override void Init()
    {
        var element = Meta.Element;
        targetTransform = element.TagOrEmpty("targetXmlTransform");
        sourceTransform = element.TagOrEmpty("sourceXmlTransform");
        targetField = Resolve(element.Tag("targetXmlField"));
        sourceField = Resolve(element.Tag("sourceXmlField"));
        valueField = Resolve(element.Tag("valueXmlField"));
        compareField = Resolve(element.Tag("joinCompareField"));
        targetXPath = Resolve(element.Tag("targetXPath"));
        encoding = element.Tag("encoding") is { Length: > 0 } named ? named : "UTF-8";
        complexJoin = element.Flag("complexJoin");

        // Hop 2.x writes omitXmlHeader, older files carry omitXMLHeader.
        omitXmlHeader = element.Element("omitXmlHeader") is not null
            ? element.Flag("omitXmlHeader")
            : element.Flag("omitXMLHeader");
        omitNullValues = element.Flag("omitNullValues");
        CheckSettings();
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var target = OpenInfoStream(targetTransform);
        var source = OpenInfoStream(sourceTransform);
        var targetRow = await target.ReadAsync(cancellationToken);
        if (targetRow is null)
        {
            Log.Basic(Name, $"No rows found in the target stream '{targetTransform}'; nothing to join.");
            await DrainAsync(source, cancellationToken);
            DescribeLayout(target.Meta);
            return;
        }

        var targetMeta = target.Meta!;
        var targetIndex = targetMeta.IndexOf(targetField);
        if (targetIndex < 0)
        {
            throw Failure($"the target XML field '{targetField}' not found in the rows of '{targetTransform}' ({targetMeta}).");
        }

        var document = ParseXml(targetRow[targetIndex], $"target XML field '{targetField}'");
        var targetNode = complexJoin ? null : SelectNode(document, targetXPath);
        while (await source.ReadAsync(cancellationToken) is { } sourceRow)
        {
            Join(document, targetNode, source.Meta!, sourceRow);
        }

        // Hop reads only the first target row. The rest are read and dropped, so the upstream transform
        // does not wait on a full row set.
        await DrainAsync(target, cancellationToken);
        if (omitNullValues)
        {
            RemoveEmptyElements(document);
        }

        var layout = DescribeLayout(targetMeta)!;
        var output = new object?[layout.Count];
        Array.Copy(targetRow, output, Math.Min(targetRow.Length, targetMeta.Count));
        output[layout.Count - 1] = DomXmlWriter.Write(document, encoding, omitXmlHeader);
        await PutRowAsync(layout, output, cancellationToken);
    }

    private void Join(XmlDocument document, XmlNode? targetNode, RowMeta sourceMeta, object?[] sourceRow)
    {
        var sourceIndex = sourceMeta.IndexOf(sourceField);
        if (sourceIndex < 0)
        {
            throw Failure($"the join XML field '{sourceField}' not found in the rows of '{sourceTransform}' ({sourceMeta}).");
        }

        var joinDocument = ParseXml(sourceRow[sourceIndex], $"join XML field '{sourceField}'");
        if (complexJoin)
        {
            var compareIndex = sourceMeta.IndexOf(compareField);
            if (compareIndex < 0)
            {
                throw Failure($"the join compare field '{compareField}' not found in the rows of '{sourceTransform}' ({sourceMeta}).");
            }

            var compareValue = JavaValueText.ToJavaString(sourceRow[compareIndex])
                ?? throw Failure($"the join compare field '{compareField}' is null; a complex join needs a value.");
            targetNode = SelectNode(document, targetXPath.Replace("?", compareValue, StringComparison.Ordinal));
        }

        var imported = document.ImportNode(joinDocument.DocumentElement!, deep: true);
        try
        {
            targetNode!.AppendChild(imported);
        }
        catch (InvalidOperationException exception)
        {
            throw Failure($"the node the XPath selects ({targetNode!.NodeType} '{targetNode.Name}') cannot take child elements.", exception);
        }
    }

    private XmlDocument ParseXml(object? value, string description)
    {
        if (value is not string text)
        {
            throw Failure($"the {description} is {(value is null ? "null" : "not a String")}; it needs XML text.");
        }

        try
        {
            return DomXmlWriter.Parse(text);
        }
        catch (XmlException exception)
        {
            throw Failure($"the {description} is not well-formed XML: {exception.Message}", exception);
        }
    }

    private XmlNode SelectNode(XmlDocument document, string xpath)
    {
        XmlNode? node;
        try
        {
            node = document.SelectSingleNode(xpath);
        }
        catch (XPathException exception)
        {
            throw Failure($"the XPath statement [{xpath}] is invalid: {exception.Message}", exception);
        }

        return node ?? throw Failure($"the XPath statement returned no result [{xpath}].");
    }

    private RowMeta? DescribeLayout(RowMeta? targetMeta)
    {
        if (targetMeta is null)
        {
            return null;
        }

        OutputRowMeta = targetMeta.Add(new ValueMeta(valueField, HopValueType.String) { Origin = Name });
        return OutputRowMeta;
    }

    private static async Task DrainAsync(InfoStreamReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken) is not null)
        {
        }
    }

    /// <summary>Removes, bottom-up, elements without attributes, children or text, as Hop's omit null values does.</summary>
    private static void RemoveEmptyElements(XmlNode parent)
    {
        foreach (var child in parent.ChildNodes.Cast<XmlNode>().ToList())
        {
            if (child.HasChildNodes)
            {
                RemoveEmptyElements(child);
            }

            if (child is XmlElement { HasAttributes: false, HasChildNodes: false })
            {
                parent.RemoveChild(child);
            }
        }
    }

    private void CheckSettings()
    {
        if (targetTransform.Length == 0)
        {
            throw Failure("no target XML transform is set; name the transform that sends the target XML rows.");
        }

        if (sourceTransform.Length == 0)
        {
            throw Failure("no join (source) XML transform is set; name the transform that sends the XML to join.");
        }

        if (valueField.Length == 0)
        {
            throw Failure("the result XML field name is empty.");
        }

        if (complexJoin && compareField.Length == 0)
        {
            throw Failure("a complex join needs a join compare field.");
        }

        try
        {
            Encoding.GetEncoding(encoding);
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the encoding '{encoding}' is unknown; use an encoding name such as UTF-8.", exception);
        }
    }
}
