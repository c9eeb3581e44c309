using System.Text;
using System.Xml;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Add XML: builds one small XML document per row, with a root element named by the settings and the
/// chosen fields as attributes or child elements, and appends its text as a new String field. Values are
/// formatted from the input field's type with the field's format and symbols, as Hop's Add XML does.
/// </summary>
[Transform("AddXML")]
public sealed class AddXmlTransform : TransformBase
{
    /// <summary>The mask of Java's NumberFormat.getInstance() in an English locale.</summary>
    private const string DefaultNumberMask = "#,##0.###";

    private string encoding = "UTF-8";
    private string valueName = string.Empty;
    private string rootNode = string.Empty;
    private bool omitXmlHeader;
    private bool omitNullValues;
    private List<AddXmlField> fields = [];
    private RowMeta? layoutFor;
    private RowMeta? layout;
    private int[] fieldIndexes = [];

    public override void Init()
    {
        var element = Meta.Element;
        encoding = Resolve(element.Tag("encoding"));
        if (encoding.Length == 0)
        {
            encoding = "UTF-8";
        }

        valueName = Resolve(element.Tag("valueName"));
        rootNode = Resolve(element.Tag("xml_repeat_element"));
        omitXmlHeader = element.Element("file")?.Flag("omitXMLheader") ?? false;
        omitNullValues = element.Element("file")?.Flag("omitNullValues") ?? false;
        fields = element.Element("fields")?.Elements("field").Select(f => new AddXmlField(
            f.TagOrEmpty("name"),
            f.TagOrEmpty("element"),
            f.TagOrEmpty("format"),
            f.TagOrEmpty("currency"),
            f.TagOrEmpty("decimal"),
            f.TagOrEmpty("group"),
            f.TagOrEmpty("nullif"),
            f.Flag("attribute"),
            f.TagOrEmpty("attributeParentName"))).ToList() ?? [];
        if (valueName.Length == 0)
        {
            throw Failure("the output value name is empty; name the field that receives the XML.");
        }

        if (rootNode.Length == 0)
        {
            throw Failure("the root XML element is empty; XML needs a name for the root element.");
        }

        CheckEncoding();
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        var document = BuildDocument(input, row);
        var result = new object?[layout!.Count];
        Array.Copy(row, result, Math.Min(row.Length, input.Count));
        result[input.Count] = DomXmlWriter.Write(document, encoding, omitXmlHeader);
        await PutRowAsync(layout, result, cancellationToken);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        Prepare(inputMeta);
        return layout;
    }

    private void Prepare(RowMeta input)
    {
        fieldIndexes = new int[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            fieldIndexes[i] = input.IndexOf(fields[i].Name);
            if (fieldIndexes[i] < 0)
            {
                throw Failure($"field '{fields[i].Name}' not found in the input row ({input}).");
            }
        }

        layout = input.Add(new ValueMeta(valueName, HopValueType.String) { Origin = Name });
        layoutFor = input;
    }

    private XmlDocument BuildDocument(RowMeta input, object?[] row)
    {
        var document = new XmlDocument();
        var root = document.AppendChild(CreateElement(document, rootNode))!;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var meta = input[fieldIndexes[i]];
            var value = row[fieldIndexes[i]];
            if (omitNullValues && ValueConverter.IsNull(meta, value))
            {
                continue;
            }

            var text = Format(field, meta, value);
            var name = field.Element.Length > 0 ? field.Element : field.Name;
            if (name.Length == 0)
            {
                throw Failure("a field has an empty element name; XML does not allow empty element names.");
            }

            if (field.Attribute)
            {
                var parent = field.AttributeParent.Length == 0
                    ? null
                    : document.DocumentElement!.GetElementsByTagName(field.AttributeParent).Cast<XmlElement>().FirstOrDefault();
                SetAttribute(parent ?? document.DocumentElement!, name, text);
            }
            else if (name == rootNode)
            {
                root.AppendChild(document.CreateTextNode(text));
            }
            else
            {
                var child = root.AppendChild(CreateElement(document, name))!;
                child.AppendChild(document.CreateTextNode(text));
            }
        }

        return document;
    }

    private XmlElement CreateElement(XmlDocument document, string name)
    {
        try
        {
            return document.CreateElement(XmlConvert.VerifyName(name));
        }
        catch (XmlException exception)
        {
            throw Failure($"'{name}' is not a valid XML element name.", exception);
        }
    }

    private void SetAttribute(XmlElement element, string name, string value)
    {
        try
        {
            element.SetAttribute(XmlConvert.VerifyName(name), value);
        }
        catch (XmlException exception)
        {
            throw Failure($"'{name}' is not a valid XML attribute name.", exception);
        }
    }

    /// <summary>Formats a value from its input type, since Hop ignores the type set on the XML field.</summary>
    private static string Format(AddXmlField field, ValueMeta meta, object? value)
    {
        if (ValueConverter.IsNull(meta, value))
        {
            return field.NullString;
        }

        switch (value)
        {
            case long or double or decimal:
                var mask = field.Format.Length > 0 ? field.Format : DefaultNumberMask;
                var format = new JavaDecimalFormat(
                    mask,
                    field.DecimalSymbol,
                    field.GroupingSymbol,
                    field.CurrencySymbol.Length > 0 ? field.CurrencySymbol : null);
                return value switch
                {
                    long l => format.Format(l),
                    double d => format.Format(d),
                    _ => format.Format((decimal)value),
                };
            case DateTime date when field.Format.Length > 0:
                return JavaDateFormat.Format(date, field.Format, nanoseconds: meta.Type == HopValueType.Timestamp);
            case byte[] bytes:
                return Encoding.UTF8.GetString(bytes);
            default:
                return ValueConverter.ToText(meta, value) ?? string.Empty;
        }
    }

    private void CheckEncoding()
    {
        try
        {
            Encoding.GetEncoding(encoding);
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the encoding '{encoding}' is unknown; use an encoding name such as UTF-8.", exception);
        }
    }

    private sealed record AddXmlField(
        string Name,
        string Element,
        string Format,
        string CurrencySymbol,
        string DecimalSymbol,
        string GroupingSymbol,
        string NullString,
        bool Attribute,
        string AttributeParent);
}
