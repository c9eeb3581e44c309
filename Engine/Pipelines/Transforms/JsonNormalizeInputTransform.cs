using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// JSON normalize input: selects records from each JSON document with a JSONPath record path and flattens
/// every record into key paths joined by a separator (pandas json_normalize style). It writes one row per
/// record and takes each field's value from its flattened path. Documents come from files, from JSON text or a JSON value
/// in an input field, or from a file named in an input field; with a field source each input row is repeated
/// in front of the rows of its document.
/// </summary>
[Transform("JsonNormalizeInput")]
public sealed partial class JsonNormalizeInputTransform : DocumentInputTransformBase
{
    private readonly List<(ValueMeta Meta, string Path, bool Repeat)> fields = [];
    private JsonFlattener flattener = null!;
    private AdditionalFileFields fileFields = null!;
    private JsonPathQuery recordPath = null!;
    private bool removeSource;
    private bool ignoreMissingField;
    private long rowNumber = 1;
    private object?[]? previousRow;

    public override void Init()
    {
        base.Init();
        removeSource = Settings.Flag("removeSourceField");
        ignoreMissingField = Settings.Flag("ignoreMissingField", true);
        fileFields = AdditionalFileFields.Read(Settings);
        if (Settings.Flag("readurl"))
        {
            // TODO: reading documents from URLs named in a field is not supported.
            throw Failure("reading the source as a URL is not supported by this engine.");
        }

        var depthText = Resolve(Settings.Tag("maxFlattenDepth"));
        var maxDepth = -1;
        if (!string.IsNullOrEmpty(depthText) &&
            !int.TryParse(depthText, NumberStyles.Integer, CultureInfo.InvariantCulture, out maxDepth))
        {
            throw Failure($"the maximum flatten depth '{depthText}' is not a whole number.");
        }

        flattener = new JsonFlattener(
            Settings.Tag("fieldSeparator") ?? ".", maxDepth,
            Settings.Tag("arrayHandling") is { Length: > 0 } arrays ? arrays : JsonFlattener.Stringify,
            Settings.Tag("beyondDepthBehavior") is { Length: > 0 } beyond ? beyond : JsonFlattener.Stringify);

        var recordPathText = ResolvePath(Settings.Tag("recordPath"));
        recordPath = JsonPathQuery.Compile(string.IsNullOrEmpty(recordPathText) ? "$" : recordPathText);
        foreach (var field in Settings.Element("fields")?.Elements("field") ?? [])
        {
            var definition = FieldDefinition.Read(field);
            fields.Add((definition.Meta, ResolvePath(field.Tag("path")), definition.Repeat));
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (InFields && inputMeta is null)
        {
            return null;
        }

        var removed = InFields && removeSource && inputMeta is not null ? inputMeta.IndexOf(Resolve(Settings.Tag("valueField"))) : -1;
        return BuildOutputMeta(inputMeta, removed);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (InFields)
        {
            await ReadFieldSourcesAsync(cancellationToken);
            return;
        }

        object?[]? inputRow = null;
        if (HasMainInput)
        {
            inputRow = await GetRowAsync(cancellationToken);
            if (inputRow is not null && await GetRowAsync(cancellationToken) is not null)
            {
                throw Failure("more than one input row was received while the documents come from files.");
            }
        }

        var outputMeta = BuildOutputMeta(inputRow is null ? null : InputRowMeta, -1);
        await ReadFilesAsync(outputMeta, inputRow, cancellationToken);
    }

    private async Task ReadFieldSourcesAsync(CancellationToken cancellationToken)
    {
        var sourceName = Resolve(Settings.Tag("valueField"));
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var sourceIndex = inputMeta.IndexOf(sourceName);
            if (sourceIndex < 0)
            {
                throw Failure($"the source field '{sourceName}' is not in the input rows ({inputMeta}).");
            }

            var removed = removeSource ? sourceIndex : -1;
            var outputMeta = BuildOutputMeta(inputMeta, removed);
            try
            {
                var (document, fileName) = await ReadFieldDocumentAsync(inputMeta[sourceIndex], row[sourceIndex], cancellationToken);
                if (!await EmitDocumentAsync(document, outputMeta, row, removed, fileName, cancellationToken))
                {
                    return;
                }
            }
            catch (HopException exception) when (HasErrorHandling)
            {
                await PutErrorAsync(inputMeta, row, 1, exception.Message, sourceName, "JsonNormalizeInput001", cancellationToken);
            }
        }
    }

    private async Task<(JsonNode? Document, string? FileName)> ReadFieldDocumentAsync(
        ValueMeta sourceMeta, object? value, CancellationToken cancellationToken)
    {
        if (sourceMeta.Type == HopValueType.Json && !SourceIsFile)
        {
            return (value is JsonNode node ? node : new JsonObject(), null);
        }

        var text = ValueConverter.ToText(sourceMeta, value);
        if (!SourceIsFile)
        {
            return (Parse(string.IsNullOrEmpty(text) ? "{}" : text, $"field '{sourceMeta.Name}'"), null);
        }

        var path = string.IsNullOrEmpty(text) ? null : Path.GetFullPath(Execution.HopPaths.ToLocalPath(Resolve(text)));
        var content = await ReadSourceFileAsync(path, skipMissing: false, failWhenEmpty: true, cancellationToken);
        return (content is null ? null : Parse(content, path!), path);
    }

    private async Task ReadFilesAsync(RowMeta outputMeta, object?[]? inputRow, CancellationToken cancellationToken)
    {
        foreach (var path in ExpandSourceFiles(allowNone: Settings.Flag("doNotFailIfNoFile", true)))
        {
            var content = await ReadSourceFileAsync(path, skipMissing: false, failWhenEmpty: true, cancellationToken);
            if (content is null)
            {
                continue;
            }

            var document = Parse(content, path);
            if (!await EmitDocumentAsync(document, outputMeta, inputRow, -1, path, cancellationToken))
            {
                return;
            }
        }
    }

    // Hop reads documents with a default Jackson mapper: strict JSON, and text after the first value is ignored.
    private JsonNode Parse(string content, string source)
    {
        try
        {
            return LenientJson.Parse(content, allowUnquotedFieldNames: false) ?? new JsonObject();
        }
        catch (JsonException exception)
        {
            throw Failure($"failed to parse the JSON document in {source}: {exception.Message}", exception);
        }
    }

    // The engine's variable resolution has no $[hex] decoding, so a path such as "$[*]" stays intact.
    private string ResolvePath(string? path) => string.IsNullOrEmpty(path) ? string.Empty : Resolve(path);
}
