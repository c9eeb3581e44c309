using System.Text;
using System.Xml;
using System.Xml.Xsl;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// XSL transformation: applies a stylesheet (a file, or a file name or XSL text from a field) to the XML in
/// a field and adds the output text as a String field. Stylesheet parameters take their values from fields.
/// </summary>
[Transform("XSLT")]
public sealed class XsltTransform : TransformBase
{
    private readonly Dictionary<string, XslCompiledTransform> compiled = new(StringComparer.Ordinal);
    private readonly List<(string Field, string Name)> parameters = [];
    private RowMeta? outputMeta;

    public override void Init()
    {
        foreach (var parameter in Meta.Element.Element("parameters")?.Elements("parameter") ?? [])
        {
            parameters.Add((parameter.TagOrEmpty("field"), Resolve(parameter.TagOrEmpty("name"))));
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : BuildMeta(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        outputMeta ??= BuildMeta(inputMeta);
        var xmlField = Resolve(Meta.Element.Tag("fieldname"));
        var xmlIndex = IndexOf(inputMeta, xmlField, "XML");
        var output = new object?[outputMeta.Count];
        Array.Copy(row, output, Math.Min(row.Length, inputMeta.Count));
        try
        {
            var transform = Stylesheet(inputMeta, row);
            var arguments = new XsltArgumentList();
            foreach (var (field, name) in parameters)
            {
                var index = IndexOf(inputMeta, field, "parameter");
                var value = ValueConverter.ToText(inputMeta[index], row[index]) ?? string.Empty;
                arguments.AddParam(name, string.Empty, value);
            }

            var xml = ValueConverter.ToText(inputMeta[xmlIndex], row[xmlIndex]) ?? string.Empty;
            output[inputMeta.Count] = Apply(transform, xml, arguments);
        }
        catch (Exception exception) when ((exception is XmlException or XsltException) && HasErrorHandling)
        {
            await PutErrorAsync(inputMeta, row, 1, exception.Message, xmlField, "XSLT001", cancellationToken);
            return;
        }
        catch (Exception exception) when (exception is XmlException or XsltException)
        {
            throw Failure($"the XSL transformation of field '{xmlField}' failed: {exception.Message}", exception);
        }

        await PutRowAsync(outputMeta, output, cancellationToken);
    }

    /// <summary>Writes the output as UTF-8, so an XML declaration names UTF-8 as Hop's does.</summary>
    private static string Apply(XslCompiledTransform transform, string xml, XsltArgumentList arguments)
    {
        var settings = transform.OutputSettings!.Clone();
        settings.Encoding = new UTF8Encoding(false);
        using var stream = new MemoryStream();
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using (var reader = XmlReader.Create(new StringReader(xml), readerSettings))
        using (var writer = XmlWriter.Create(stream, settings))
        {
            transform.Transform(reader, arguments, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private XslCompiledTransform Stylesheet(RowMeta inputMeta, object?[] row)
    {
        string source;
        var isFile = true;
        if (Meta.Element.Flag("xslfilefielduse"))
        {
            var field = Resolve(Meta.Element.Tag("xslfilefield"));
            var index = IndexOf(inputMeta, field, "XSL");
            source = ValueConverter.ToText(inputMeta[index], row[index]) ?? string.Empty;
            isFile = Meta.Element.Flag("xslfieldisafile");
        }
        else
        {
            source = Resolve(Meta.Element.Tag("xslfilename"));
        }

        if (isFile)
        {
            source = Path.GetFullPath(Execution.HopPaths.ToLocalPath(source));
            if (!File.Exists(source))
            {
                throw Failure($"the XSL file '{source}' does not exist.");
            }
        }

        if (compiled.TryGetValue(source, out var cached))
        {
            return cached;
        }

        var transform = new XslCompiledTransform();
        if (isFile)
        {
            transform.Load(source, XsltSettings.Default, new XmlUrlResolver());
        }
        else
        {
            using var reader = XmlReader.Create(new StringReader(source));
            transform.Load(reader, XsltSettings.Default, new XmlUrlResolver());
        }

        compiled[source] = transform;
        return transform;
    }

    private int IndexOf(RowMeta inputMeta, string field, string role)
    {
        var index = inputMeta.IndexOf(field);
        return index >= 0
            ? index
            : throw Failure($"the {role} field '{field}' is not in the input rows ({inputMeta}).");
    }

    private RowMeta BuildMeta(RowMeta inputMeta)
    {
        var fields = inputMeta.Fields.ToList();
        fields.Add(new ValueMeta(Resolve(Meta.Element.Tag("resultfieldname")), HopValueType.String));
        return new RowMeta(fields);
    }
}
