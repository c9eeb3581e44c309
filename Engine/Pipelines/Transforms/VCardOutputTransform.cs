using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// vCard output: builds a vCard 3.0 or 4.0 from the mapped fields of each row and writes it to a file, to a new
/// String field, or both. The file name is fixed (with optional date and time stamps) or read from a field.
/// </summary>
[Transform("VCardOutput")]
public sealed class VCardOutputTransform : TransformBase
{
    private List<VCardFieldMapping> mappings = [];
    private bool writeFile;
    private bool outputValue;
    private string version = "3.0";
    private string outputField = string.Empty;
    private bool passInputFields;
    private bool addProductId;
    private bool addRevision;
    private string? fileNameField;
    private string fixedFileName = string.Empty;
    private bool createParentFolder;
    private bool append;
    private bool addToResult;
    private Encoding encoding = Encoding.UTF8;

    public override void Init()
    {
        var settings = Meta.Element;
        try
        {
            mappings = VCardFieldMapping.ReadAll(settings, Resolve);
            var encodingName = Resolve(settings.Tag("encoding"));
            encoding = encodingName.Length == 0 ? Encoding.UTF8 : Encoding.GetEncoding(encodingName);
        }
        catch (Exception exception) when (exception is HopException or ArgumentException)
        {
            throw Failure(exception.Message, exception);
        }

        if (mappings.Count == 0)
        {
            throw Failure("no vCard field mapping is set; at least one mapping is required.");
        }

        var operation = settings.TagOrEmpty("operation_type").Trim().ToLowerInvariant();
        (writeFile, outputValue) = operation switch
        {
            "outputvalue" => (false, true),
            "both" => (true, true),
            "writetofile" or "" => (true, false),
            _ => throw Failure($"the operation type '{operation}' is invalid; expected outputvalue, writetofile or both."),
        };
        version = settings.TagOrEmpty("vcard_version").Trim() is { Length: > 0 } v ? v : "3.0";
        if (version is not ("3.0" or "4.0"))
        {
            throw Failure($"the vCard version '{version}' is invalid; expected 3.0 or 4.0.");
        }

        outputField = Resolve(settings.Tag("output_field"));
        passInputFields = settings.Flag("pass_input_fields");
        addProductId = settings.Flag("add_prodid");
        addRevision = settings.Flag("add_revision");
        fileNameField = settings.Flag("file_name_in_field") ? Resolve(settings.Tag("file_name_field")) : null;
        addToResult = settings.Flag("add_to_result_filenames");
        var file = settings.Element("file") ?? settings;
        fixedFileName = BuildFileName(file);
        createParentFolder = file.Flag("create_parent_folder", true);
        append = file.Flag("append");
        if (outputValue && outputField.Length == 0)
        {
            throw Failure("the output field (output_field) is missing; set the field that receives the vCard text.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        outputValue && inputMeta is not null
            ? inputMeta.Add(new ValueMeta(outputField, HopValueType.String) { Origin = Name })
            : inputMeta;

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        var text = BuildCard(inputMeta, row);
        if (writeFile)
        {
            await WriteFileAsync(inputMeta, row, text, cancellationToken);
        }

        IncrementLinesOutput();
        if (outputValue)
        {
            var outputMeta = DescribeOutput(inputMeta)!;

            // Hop leaves the input values out (null) when they are not passed on, but keeps the fields.
            var outputRow = passInputFields ? RowMeta.Resize(row, outputMeta.Count) : new object?[outputMeta.Count];
            outputRow[outputMeta.Count - 1] = text;
            await PutRowAsync(outputMeta, outputRow, cancellationToken);
            return;
        }

        await PutRowAsync(inputMeta, row, cancellationToken);
    }

    private string BuildCard(RowMeta meta, object?[] row)
    {
        var card = new VCardWriter(version);
        foreach (var mapping in mappings)
        {
            if (mapping.Property is VCardProperty.EmailType or VCardProperty.TelephoneType)
            {
                continue;
            }

            if (Text(meta, row, mapping.HopField) is not { } value)
            {
                continue;
            }

            var types = mapping.Property switch
            {
                VCardProperty.Email => CompanionTypes(meta, row, mapping, VCardProperty.EmailType),
                VCardProperty.Telephone => CompanionTypes(meta, row, mapping, VCardProperty.TelephoneType),
                _ => null,
            };
            card.Add(mapping.Property, value, types);
        }

        if (addProductId)
        {
            card.AddProductId("-//Apache Hop//EN");
        }

        if (addRevision)
        {
            card.AddRevision(Pipeline.Context.TimeProvider.GetUtcNow());
        }

        return card.ToString();
    }

    /// <summary>Returns the types from the type field mapped with the same parameter types, else the mapping's own types.</summary>
    private string CompanionTypes(RowMeta meta, object?[] row, VCardFieldMapping mapping, VCardProperty typeProperty)
    {
        var wanted = VCardValues.TypeTokens(mapping.ParameterTypes);
        var companion = mappings.FirstOrDefault(m => m.Property == typeProperty && VCardValues.TypeTokens(m.ParameterTypes).SetEquals(wanted));
        var value = companion is null ? null : Text(meta, row, companion.HopField);
        return string.IsNullOrEmpty(value) ? mapping.ParameterTypes : value;
    }

    private static string? Text(RowMeta meta, object?[] row, string field)
    {
        var index = meta.IndexOf(field);
        if (index < 0)
        {
            return null;
        }

        var value = ValueConverter.ToText(meta[index], row[index]);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private async Task WriteFileAsync(RowMeta meta, object?[] row, string text, CancellationToken cancellationToken)
    {
        string name;
        if (fileNameField is not null)
        {
            var index = meta.IndexOf(fileNameField);
            if (index < 0)
            {
                throw Failure($"the file name field '{fileNameField}' is not in the input rows ({meta}).");
            }

            name = Resolve(ValueConverter.ToText(meta[index], row[index]));
        }
        else
        {
            name = fixedFileName;
        }

        if (name.Length == 0)
        {
            throw Failure("the file name is empty; set a file name or a field that contains one.");
        }

        var path = Path.GetFullPath(HopPaths.ToLocalPath(name));
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (createParentFolder && folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            // NOTE: as in Hop, each row opens the file again, so without append only the last row's vCard remains.
            await using var stream = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write);
            await stream.WriteAsync(encoding.GetBytes(text), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"writing the vCard file '{path}' failed: {exception.Message}", exception);
        }

        if (addToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }
    }

    /// <summary>Builds the fixed file name with the optional date and time stamps and the extension.</summary>
    private string BuildFileName(System.Xml.Linq.XElement file)
    {
        var name = Resolve(file.Tag("name"));
        var now = Pipeline.Context.TimeProvider.GetLocalNow();

        // NOTE: Hop writes the literal placeholders "_<yyyMMdd>" and "_<HHmmss>" here; this engine writes the stamps.
        if (file.Flag("add_date"))
        {
            name += "_" + now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        if (file.Flag("add_time"))
        {
            name += "_" + now.ToString("HHmmss", CultureInfo.InvariantCulture);
        }

        var extension = Resolve(file.Element("extension") is null ? "vcf" : file.Tag("extension"));
        return extension.Length > 0 ? name + "." + extension : name;
    }
}
