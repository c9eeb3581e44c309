using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Yaml;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// YAML input: reads YAML files, or YAML text (or file names) from a field of each input row, and writes
/// a row per value found by the fields' paths. Every document of a multi-document stream is read. The
/// file name and a row number can be added.
/// </summary>
[Transform("YamlInput")]
public sealed class YamlInputTransform : TransformBase
{
    private List<YamlField> fields = [];
    private bool inFields;
    private bool fieldIsFileName;
    private string sourceField = string.Empty;
    private string? fileNameField;
    private string? rowNumberField;
    private long limit;
    private long rowNumber;
    private string? encoding;

    public override void Init()
    {
        var settings = Meta.Element;
        fields = settings.Element("fields")?.Elements("field")
            .Select(f => new YamlField(FieldDefinition.Read(f).Meta, Variables.ResolveNamesOnly(f.TagOrEmpty("path")), TrimTypes.Parse(f.Tag("trim_type"))))
            .ToList() ?? [];
        inFields = settings.Flag("IsInFields");
        fieldIsFileName = settings.Flag("IsAFile");
        sourceField = Resolve(settings.TagOrEmpty("YamlField"));
        fileNameField = settings.Flag("include") && settings.Tag("include_field") is { Length: > 0 } name ? Resolve(name) : null;
        rowNumberField = settings.Flag("rownum") && settings.Tag("rownum_field") is { Length: > 0 } number ? Resolve(number) : null;
        limit = settings.Long("limit");
        encoding = string.IsNullOrEmpty(settings.Tag("encoding")) ? null : Resolve(settings.Tag("encoding"));
        if (inFields && sourceField.Length == 0)
        {
            throw Failure("YAML is read from a field, but no field is named; set the YAML field.");
        }

        if (!inFields)
        {
            OutputRowMeta = Layout(RowMeta.Empty);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (!inFields)
        {
            return Layout(RowMeta.Empty);
        }

        return inputMeta is null ? null : Layout(inputMeta);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (inFields)
        {
            await ReadFieldsAsync(cancellationToken);
            return;
        }

        var paths = ExpandInputFiles(FileSpec.ReadAll(Meta.Element));
        if (paths.Count == 0 && !Meta.Element.Flag("doNotFailIfNoFile"))
        {
            throw Failure("no input file was found.");
        }

        foreach (var path in paths)
        {
            if (Meta.Element.Flag("IsIgnoreEmptyFile") && new FileInfo(path).Length == 0)
            {
                Log.Basic(Name, $"The file '{path}' is empty; it is skipped.");
                continue;
            }

            if (!await EmitAsync(RowMeta.Empty, [], LoadFile(path), path, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task ReadFieldsAsync(CancellationToken cancellationToken)
    {
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var input = InputRowMeta!;
            var index = input.RequireIndex(sourceField, Name);
            var text = ValueConverter.ToText(input[index], row[index]) ?? string.Empty;
            var documents = fieldIsFileName ? LoadFile(HopPaths.ToLocalPath(text)) : Load(new StringReader(text), $"field '{sourceField}'");
            if (!await EmitAsync(input, row, documents, fieldIsFileName ? text : null, cancellationToken))
            {
                return;
            }
        }
    }

    private RowMeta Layout(RowMeta input)
    {
        var added = fields.Select(f => f.Meta).ToList();
        if (fileNameField is not null)
        {
            added.Add(new ValueMeta(fileNameField, HopValueType.String));
        }

        if (rowNumberField is not null)
        {
            added.Add(new ValueMeta(rowNumberField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        return input.Add([.. added]);
    }

    private List<System.Text.Json.Nodes.JsonNode?> LoadFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Failure($"the YAML file name in field '{sourceField}' is empty (row {LinesRead}).");
        }

        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw Failure(Directory.Exists(fullPath)
                ? $"'{fullPath}' is a folder, not a YAML file."
                : $"the YAML file '{fullPath}' does not exist.");
        }

        if (Meta.Element.Flag("addresultfile"))
        {
            Pipeline.AddResultFile(fullPath, Name);
        }

        var textEncoding = encoding is null ? new UTF8Encoding(false) : Encoding.GetEncoding(encoding);
        using var reader = new StreamReader(fullPath, textEncoding);
        return Load(reader, $"file '{fullPath}'");
    }

    private List<System.Text.Json.Nodes.JsonNode?> Load(TextReader reader, string source)
    {
        try
        {
            return YamlDocuments.Load(reader);
        }
        catch (HopException exception)
        {
            throw Failure($"the YAML in {source} is invalid: {exception.Message}", exception);
        }
    }

    /// <summary>Writes the rows of all documents; returns false once the row limit is reached.</summary>
    private async Task<bool> EmitAsync(
        RowMeta input,
        object?[] inputRow,
        List<System.Text.Json.Nodes.JsonNode?> documents,
        string? fileName,
        CancellationToken cancellationToken)
    {
        var meta = Layout(input);
        foreach (var document in documents)
        {
            IEnumerable<object?[]> values;
            try
            {
                values = YamlRows.Read(document, fields).ToList();
            }
            catch (HopException exception)
            {
                throw Failure(exception.Message, exception);
            }

            foreach (var value in values)
            {
                if (limit > 0 && rowNumber >= limit)
                {
                    return false;
                }

                rowNumber++;
                var row = new object?[meta.Count];
                Array.Copy(inputRow, row, input.Count);
                Array.Copy(value, 0, row, input.Count, value.Length);
                var index = input.Count + value.Length;
                if (fileNameField is not null)
                {
                    row[index++] = fileName;
                }

                if (rowNumberField is not null)
                {
                    row[index] = rowNumber;
                }

                IncrementLinesInput();
                await PutRowAsync(meta, row, cancellationToken);
            }
        }

        return true;
    }
}
