using System.Text.Json.Nodes;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Enhanced JSON output: turns each input row into a JSON object of the chosen fields and collects the objects
/// of consecutive rows with equal key fields into one JSON text per group. Each group sends one row (the key
/// fields, the JSON text and optionally its length); "write to file" also writes the JSON to a file. Booleans
/// and numbers stay JSON booleans and numbers, JSON fragment fields are embedded as parsed JSON, other types
/// are written as text.
/// </summary>
[Transform("EnhancedJsonOutput")]
public sealed partial class EnhancedJsonOutputTransform : TransformBase
{
    private readonly List<OutputField> fields = [];
    private readonly List<(string Field, string Element)> keyFields = [];
    private List<JsonObject> groupItems = [];
    private List<JsonObject> fileItems = [];
    private JsonObject? currentItem;
    private object?[]? previousRow;
    private string operation = "writetofile";
    private string outputValue = string.Empty;
    private string blockName = string.Empty;
    private string sizeField = string.Empty;
    private bool writeToFile;
    private bool pretty;
    private bool arrayForSingleItem;
    private bool singleItemPerGroup;
    private int[] fieldIndexes = [];
    private int[] keyIndexes = [];
    private HashSet<int> keyFieldPositions = [];
    private RowMeta? outputMeta;
    private long rowNumber;
    private string serialized = string.Empty;

    private sealed record OutputField(string Name, string Element, bool Fragment, bool WithoutEnclosing, bool RemoveIfBlank);

    public override void Init()
    {
        var settings = Meta.Element;

        // Hop checks the resolved name but then uses the output value and block names as written.
        outputValue = Setting(settings, "outputValue") ?? "outputValue";
        if (string.IsNullOrEmpty(Resolve(outputValue)))
        {
            throw Failure("the output value field name is missing.");
        }

        operation = (Setting(settings, "operation_type") ?? "writetofile").ToLowerInvariant();
        if (operation is not ("outputvalue" or "writetofile" or "both"))
        {
            throw Failure($"the operation type '{operation}' is invalid; expected outputvalue, writetofile or both.");
        }

        writeToFile = operation != "outputvalue";
        blockName = Setting(settings, "jsonBloc") ?? string.Empty;
        pretty = Flag(settings, "json_prittified");
        arrayForSingleItem = Flag(settings, "use_arrays_with_single_instance");
        singleItemPerGroup = Flag(settings, "use_single_item_per_group");
        sizeField = Setting(settings, "json_size_field") ?? Setting(Child(settings, "additional_fields"), "json_size_field")
            ?? string.Empty;
        ReadFileSettings(settings);
        ReadFields(settings);

        if (writeToFile && !doNotOpenFileAtStart)
        {
            OpenFile();
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        // Hop declares the input layout for "write to file", although the rows it sends have the group layout.
        if (inputMeta is null || operation == "writetofile")
        {
            return inputMeta;
        }

        return BuildOutputMeta(inputMeta);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReadRowsAsync(cancellationToken);
        }
        finally
        {
            CloseFile();
        }
    }

    private async Task ReadRowsAsync(CancellationToken cancellationToken)
    {
        var seenRows = false;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (!seenRows)
            {
                PrepareFirstRow(InputRowMeta!, row);
                seenRows = true;
            }

            await AddRowAsync(row, cancellationToken);
        }

        // NOTE: as in Hop, the file receives the JSON of the last group only when key fields form several groups.
        if (writeToFile && seenRows && splitAfter == 0)
        {
            await OutputGroupAsync(previousRow, cancellationToken);
            await WriteJsonFileAsync(cancellationToken);
            return;
        }

        // With a split size Hop writes the remaining items and sends no row for the last group.
        if (splitAfter > 0 && fileItems.Count > 0)
        {
            serialized = Serialize(fileItems);
            await WriteJsonFileAsync(cancellationToken);
            return;
        }

        await OutputGroupAsync(previousRow, cancellationToken);
    }

    private void PrepareFirstRow(RowMeta inputMeta, object?[] row)
    {
        previousRow = row;
        outputMeta = BuildOutputMeta(inputMeta);
        fieldIndexes = new int[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            fieldIndexes[i] = inputMeta.IndexOf(fields[i].Name);
            if (fieldIndexes[i] < 0)
            {
                throw Failure($"the field '{fields[i].Name}' is not in the input rows ({inputMeta}).");
            }

            if (keyFields.Any(k => k.Field == fields[i].Name))
            {
                keyFieldPositions.Add(i);
            }
        }
    }

    private RowMeta BuildOutputMeta(RowMeta inputMeta)
    {
        keyIndexes = new int[keyFields.Count];
        var metas = new List<ValueMeta>();
        for (var i = 0; i < keyFields.Count; i++)
        {
            keyIndexes[i] = inputMeta.IndexOf(keyFields[i].Field);
            if (keyIndexes[i] < 0)
            {
                throw Failure($"the key field '{keyFields[i].Field}' is not in the input rows ({inputMeta}).");
            }

            metas.Add(inputMeta[keyIndexes[i]]);
        }

        metas.Add(new ValueMeta(outputValue, HopValueType.String));
        if (!string.IsNullOrEmpty(sizeField))
        {
            metas.Add(new ValueMeta(sizeField, HopValueType.Integer));
        }

        return new RowMeta(metas);
    }

    private async Task AddRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        var sameGroup = IsSameGroup(inputMeta, previousRow!, row);
        JsonObject item;
        if (singleItemPerGroup)
        {
            if (!sameGroup || currentItem is null)
            {
                currentItem = [];
            }

            item = currentItem;
        }
        else
        {
            item = [];
        }

        if (!sameGroup && groupItems.Count > 0)
        {
            await OutputGroupAsync(previousRow, cancellationToken);
            groupItems = [];
        }

        for (var i = 0; i < fields.Count; i++)
        {
            AddField(item, i, inputMeta[fieldIndexes[i]], row[fieldIndexes[i]]);
        }

        if (splitAfter > 0)
        {
            fileItems.Add(item);
        }

        if (!singleItemPerGroup || groupItems.Count == 0)
        {
            groupItems.Add(item);
        }

        previousRow = row;
        rowNumber++;
        if (splitAfter > 0 && rowNumber % splitAfter == 0)
        {
            serialized = Serialize(fileItems);
            await WriteJsonFileAsync(cancellationToken);
            fileItems = [];
        }
    }

    private async Task OutputGroupAsync(object?[]? row, CancellationToken cancellationToken)
    {
        if (groupItems.Count == 0 || row is null || outputMeta is null)
        {
            return;
        }

        serialized = Serialize(groupItems);
        var inputMeta = InputRowMeta!;
        var output = new object?[outputMeta.Count];
        var fileItem = writeToFile ? new JsonObject() : null;
        for (var i = 0; i < keyFields.Count; i++)
        {
            var meta = inputMeta[keyIndexes[i]];
            output[i] = row[keyIndexes[i]];
            if (fileItem is not null)
            {
                fileItem[keyFields[i].Element] = TypedNode(meta, row[keyIndexes[i]]);
            }
        }

        if (fileItem is not null)
        {
            fileItem[outputValue] = LenientJson.Parse(serialized, allowUnquotedFieldNames: false);
            fileItems.Add(fileItem);
        }

        output[keyFields.Count] = serialized;
        if (!string.IsNullOrEmpty(sizeField))
        {
            output[keyFields.Count + 1] = (long)serialized.Length;
        }

        IncrementLinesOutput();
        await PutRowAsync(outputMeta, output, cancellationToken);
    }

    /// <summary>
    /// Serializes a list of items: one item as an object unless arrays are forced, more as an array, wrapped
    /// in {"block": ...} when a block name is set. Hop writes the wrapped content and reads it back first.
    /// </summary>
    private string Serialize(List<JsonObject> items)
    {
        object content = items.Count > 1 || arrayForSingleItem ? items : items[0];
        if (string.IsNullOrEmpty(blockName))
        {
            return JacksonWriter.Write(content, pretty);
        }

        var reread = LenientJson.Parse(JacksonWriter.Write(content, pretty: false), allowUnquotedFieldNames: false);
        return JacksonWriter.Write(new JsonObject { [blockName] = reread }, pretty);
    }

    private bool IsSameGroup(RowMeta meta, object?[] previous, object?[] row)
    {
        foreach (var index in keyIndexes)
        {
            if (ValueCompare.Compare(meta[index], previous[index], meta[index], row[index]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));

    // Hop matches setting tags without regard to case.
    private static string? Setting(XElement? parent, string name) => Child(parent, name)?.Value;

    private static bool Flag(XElement? parent, string name) =>
        Setting(parent, name) is { } value && (value.Equals("Y", StringComparison.OrdinalIgnoreCase) ||
            value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
