using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// XSD validator: validates the XML in a field (or the file it names) against a schema file, a schema named
/// in a field, or the schema the document refers to, and adds the outcome (a Boolean, or the configured
/// valid/invalid texts) and optionally the validation message (null when valid).
/// </summary>
[Transform("XSDValidator")]
public sealed class XsdValidatorTransform : TransformBase
{
    private RowMeta? outputMeta;

    private bool OutputString => Meta.Element.Flag("outputstringfield");

    private string? MessageField =>
        Meta.Element.Flag("addvalidationmsg") ? Resolve(Meta.Element.Tag("validationmsgfield")) : null;

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : BuildMeta(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        outputMeta ??= BuildMeta(inputMeta);
        var xmlField = Resolve(Meta.Element.Tag("xmlstream"));
        var xmlIndex = inputMeta.IndexOf(xmlField);
        if (xmlIndex < 0)
        {
            throw Failure($"the XML field '{xmlField}' is not in the input rows ({inputMeta}).");
        }

        var source = ValueConverter.ToText(inputMeta[xmlIndex], row[xmlIndex]) ?? string.Empty;
        var schema = SchemaPath(inputMeta, row);
        string? problem;
        try
        {
            problem = Validate(source, schema);
        }
        catch (HopException exception) when (HasErrorHandling)
        {
            await PutErrorAsync(inputMeta, row, 1, exception.Message, xmlField, "XSD001", cancellationToken);
            return;
        }

        var output = new object?[outputMeta.Count];
        Array.Copy(row, output, Math.Min(row.Length, inputMeta.Count));
        output[inputMeta.Count] = OutputString
            ? Resolve(Meta.Element.Tag(problem is null ? "ifxmlvalid" : "ifxmlunvalid"))
            : problem is null;
        if (MessageField is not null)
        {
            output[inputMeta.Count + 1] = problem;
        }

        await PutRowAsync(outputMeta, output, cancellationToken);
    }

    private string? Validate(string source, string? schema)
    {
        var allowEntities = Meta.Element.Flag("allowExternalEntities");
        if (!Meta.Element.Flag("xmlsourcefile"))
        {
            return XsdValidation.Validate(new StringReader(source), null, schema, allowEntities);
        }

        var path = Path.GetFullPath(Execution.HopPaths.ToLocalPath(source));
        if (!File.Exists(path))
        {
            throw Failure($"the XML file '{source}' does not exist.");
        }

        using var reader = new StreamReader(path);
        return XsdValidation.Validate(reader, new Uri(path).AbsoluteUri, schema, allowEntities);
    }

    private string? SchemaPath(RowMeta inputMeta, object?[] row)
    {
        switch (Meta.Element.Tag("xsdsource"))
        {
            case "filename":
                var file = Execution.HopPaths.ToLocalPath(Resolve(Meta.Element.Tag("xdsfilename")));
                return File.Exists(file)
                    ? Path.GetFullPath(file)
                    : throw Failure($"the XSD file '{file}' does not exist.");
            case "fieldname":
                var name = Meta.Element.TagOrEmpty("xsddefinedfield");
                var index = inputMeta.IndexOf(name);
                return index < 0
                    ? throw Failure($"the XSD field '{name}' is not in the input rows ({inputMeta}).")
                    : Execution.HopPaths.ToLocalPath(
                        ValueConverter.ToText(inputMeta[index], row[index]) ?? string.Empty);
            default:
                return null;
        }
    }

    private RowMeta BuildMeta(RowMeta inputMeta)
    {
        var fields = inputMeta.Fields.ToList();
        fields.Add(new ValueMeta(Resolve(Meta.Element.Tag("resultfieldname")),
            OutputString ? HopValueType.String : HopValueType.Boolean));
        if (MessageField is { } message)
        {
            fields.Add(new ValueMeta(message, HopValueType.String));
        }

        return new RowMeta(fields);
    }
}
