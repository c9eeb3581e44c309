using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// JSON input: evaluates one JSONPath per field over each JSON document (files from the settings, a file
/// named in a field, or JSON text in a field) and writes one row per match position, as Hop does: every
/// path must select the same number of values (or none), a document without any match gives one row
/// of nulls, and rows whose values are all null are dropped when there is more than one row (unless the
/// HOP_JSON_INPUT_INCLUDE_NULLS variable is Y).
/// </summary>
[Transform("JsonInput")]
public sealed partial class JsonInputTransform : DocumentInputTransformBase
{
    private readonly List<(ValueMeta Meta, JsonPathQuery Path, bool Repeat)> fields = [];
    private bool removeSource;
    private bool ignoreMissingPath;
    private bool leafToNull;
    private long rowNumber;
    private object?[]? previousValues;

    public override void Init()
    {
        base.Init();
        removeSource = Settings.Flag("removeSourceField");
        ignoreMissingPath = Settings.Flag("ignoreMissingPath");
        leafToNull = Settings.Flag("defaultPathLeafToNull", true);
        fileFields = AdditionalFileFields.Read(Settings);

        // Hop drops rows whose values are all null unless HOP_JSON_INPUT_INCLUDE_NULLS is Y.
        includeNulls = string.Equals(Variables.Get("HOP_JSON_INPUT_INCLUDE_NULLS"), "Y", StringComparison.OrdinalIgnoreCase);
        foreach (var field in Settings.Element("fields")?.Elements("field") ?? [])
        {
            var definition = FieldDefinition.Read(field);
            fields.Add((definition.Meta, JsonPathQuery.Compile(Resolve(field.TagOrEmpty("path"))), definition.Repeat));
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

        var sourceName = Resolve(Settings.Tag("valueField"));
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var sourceIndex = inputMeta.IndexOf(sourceName);
            if (sourceIndex < 0)
            {
                throw Failure($"the source field '{sourceName}' is not in the input rows ({inputMeta}).");
            }

            var removedIndex = removeSource ? sourceIndex : -1;
            var outputMeta = BuildOutputMeta(inputMeta, removedIndex);
            var baseRow = BaseRow(row, removedIndex, outputMeta.Count);
            var text = ValueConverter.ToText(inputMeta[sourceIndex], row[sourceIndex]);
            JsonNode? document;
            string? fileName = null;
            try
            {
                if (SourceIsFile)
                {
                    fileName = text is null ? null : Path.GetFullPath(Execution.HopPaths.ToLocalPath(Resolve(text)));
                    var content = await ReadSourceFileAsync(
                        fileName, Settings.Flag("doNotFailIfNoFile"), failWhenEmpty: true, cancellationToken);
                    if (content is null)
                    {
                        continue;
                    }

                    document = Parse(content, fileName!);
                }
                else
                {
                    document = Parse(string.IsNullOrEmpty(text) ? "{}" : text, $"field '{sourceName}'");
                }
            }
            catch (HopException exception) when (HasErrorHandling)
            {
                await PutErrorAsync(inputMeta, row, 1, exception.Message, sourceName, "JsonInput001", cancellationToken);
                continue;
            }

            try
            {
                if (!await EmitDocumentAsync(document, outputMeta, baseRow, fileName, cancellationToken))
                {
                    return;
                }
            }
            catch (HopException exception) when (HasErrorHandling)
            {
                await PutErrorAsync(inputMeta, row, 1, exception.Message, sourceName, "JsonInput001", cancellationToken);
            }
        }
    }

    private async Task ReadFilesAsync(CancellationToken cancellationToken)
    {
        var outputMeta = OutputRowMeta!;
        foreach (var path in ExpandSourceFiles(allowNone: Settings.Flag("doNotFailIfNoFile")))
        {
            var content = await ReadSourceFileAsync(
                path, Settings.Flag("doNotFailIfNoFile"), failWhenEmpty: true, cancellationToken);
            if (content is null)
            {
                continue;
            }

            var document = Parse(content, path);
            if (!await EmitDocumentAsync(document, outputMeta, new object?[outputMeta.Count], path, cancellationToken))
            {
                return;
            }
        }
    }

    private JsonNode? Parse(string content, string source)
    {
        try
        {
            return JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw Failure($"the JSON in {source} is invalid: {exception.Message}", exception);
        }
    }

    private static object?[] BaseRow(object?[] row, int sourceIndex, int size)
    {
        var result = new object?[size];
        var target = 0;
        for (var i = 0; i < row.Length && target < size; i++)
        {
            if (i == sourceIndex && sourceIndex >= 0)
            {
                continue;
            }

            result[target++] = row[i];
        }

        return result;
    }

    private static string FormatPathsMismatch(string path, int count, string previous, int previousCount) =>
        string.Create(CultureInfo.InvariantCulture,
            $"the data structure is not the same inside the resource: path '{path}' gives {count} values but '{previous}' gives {previousCount}.");
}
