using Orleans.AsyncHop.Engine.Pipelines.Joins;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Stream lookup: loads the rows of the lookup (info) stream into memory keyed by the lookup fields, then
/// adds the looked-up values to each main row, or the typed default when the key is not found. A later
/// lookup row with the same key replaces an earlier one; input keys of another type are converted to the
/// lookup key's type first. Main rows that arrive while the lookup stream is still loading are buffered,
/// so that a transform feeding both streams is not held up by a full main input.
/// </summary>
[Transform("StreamLookup")]
public sealed class StreamLookupTransform : TransformBase
{
    private readonly List<(string Stream, string Lookup)> keys = [];
    private readonly List<(string Name, string Rename, string? Default, HopValueType Type)> values = [];
    private readonly Dictionary<RowKey, object?[]> table = [];
    private string from = string.Empty;
    private RowMeta? infoMeta;
    private object?[] defaults = [];
    private RowMeta? cachedInput;
    private RowMeta? cachedOutput;

    public override IReadOnlyCollection<string> InfoStreamNames => [from];

    public override void Init()
    {
        from = Meta.Element.TagOrEmpty("from");
        var lookup = Meta.Element.Element("lookup");
        foreach (var key in lookup?.Elements("key") ?? [])
        {
            keys.Add((key.TagOrEmpty("name"), key.TagOrEmpty("field")));
        }

        foreach (var value in lookup?.Elements("value") ?? [])
        {
            var type = HopValueTypes.Parse(value.Tag("type"));
            var name = value.TagOrEmpty("name");
            values.Add((name, value.Tag("rename") is { Length: > 0 } r ? r : name, value.Tag("default"), type == HopValueType.None ? HopValueType.String : type));
        }

        if (string.IsNullOrEmpty(from))
        {
            throw Failure("no lookup transform is set.");
        }

        defaults = values.Select(v => DefaultValue(v.Default, v.Type, v.Name)).ToArray();
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputFor(inputMeta);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var infoTask = ReadInfoStreamAsync(from, cancellationToken);
        var buffered = new List<(RowMeta Meta, object?[] Row)>();
        var mainDone = false;
        while (!infoTask.IsCompleted && !mainDone)
        {
            var rowTask = GetRowAsync(cancellationToken).AsTask();
            await Task.WhenAny(infoTask, rowTask);
            if (await rowTask is { } row)
            {
                buffered.Add((InputRowMeta!, row));
            }
            else
            {
                mainDone = true;
            }
        }

        var (meta, rows) = await infoTask;
        LoadTable(meta, rows);
        foreach (var (rowMeta, row) in buffered)
        {
            await LookupAsync(rowMeta, row, cancellationToken);
        }

        while (!mainDone && await GetRowAsync(cancellationToken) is { } row)
        {
            await LookupAsync(InputRowMeta!, row, cancellationToken);
        }
    }

    private void LoadTable(RowMeta? meta, List<object?[]> rows)
    {
        infoMeta = meta;
        if (meta is null)
        {
            return;
        }

        var keyIndexes = keys.Select(k => meta.IndexOf(k.Lookup) is var i and >= 0
            ? i
            : throw Failure($"the lookup field '{k.Lookup}' is not in the rows of '{from}' ({meta}).")).ToArray();
        var valueIndexes = values.Select(v => meta.IndexOf(v.Name) is var i and >= 0
            ? i
            : throw Failure($"the value field '{v.Name}' is not in the rows of '{from}' ({meta}).")).ToArray();
        foreach (var row in rows)
        {
            var key = new RowKey(keyIndexes.Select(i => row[i]).ToArray());
            table[key] = valueIndexes.Select(i => row[i]).ToArray();
        }
    }

    private async Task LookupAsync(RowMeta inputMeta, object?[] row, CancellationToken cancellationToken)
    {
        var outputMeta = OutputFor(inputMeta);
        object?[]? found = null;
        if (infoMeta is not null && table.Count > 0)
        {
            var parts = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                var streamIndex = inputMeta.RequireIndex(keys[i].Stream, Name);
                var lookupMeta = infoMeta[infoMeta.IndexOf(keys[i].Lookup)];
                var streamMeta = inputMeta[streamIndex];
                parts[i] = streamMeta.Type == lookupMeta.Type
                    ? row[streamIndex]
                    : ValueConverter.Convert(row[streamIndex], streamMeta, lookupMeta);
            }

            table.TryGetValue(new RowKey(parts), out found);
        }

        var output = RowMeta.Resize(row, outputMeta.Count);
        Array.Copy(found ?? defaults, 0, output, inputMeta.Count, values.Count);
        await PutRowAsync(outputMeta, output, cancellationToken);
    }

    private RowMeta OutputFor(RowMeta inputMeta)
    {
        if (ReferenceEquals(inputMeta, cachedInput) && cachedOutput is not null)
        {
            return cachedOutput;
        }

        var added = values.Select(v =>
            infoMeta?.IndexOf(v.Name) is >= 0 and var index
                ? infoMeta[index].Rename(v.Rename)
                : new ValueMeta(v.Rename, v.Type)).ToArray();
        cachedInput = inputMeta;
        cachedOutput = inputMeta.Add(added);
        return cachedOutput;
    }

    /// <summary>Parses a default as Hop does: by the value's declared type, with unparsable text giving null.</summary>
    private object? DefaultValue(string? text, HopValueType type, string name)
    {
        var resolved = Resolve(text);
        if (string.IsNullOrEmpty(resolved))
        {
            return type == HopValueType.Boolean ? false : null;
        }

        if (type == HopValueType.String)
        {
            return resolved;
        }

        try
        {
            return ValueConverter.FromString(new ValueMeta(name, type), resolved);
        }
        catch (HopException)
        {
            return null;
        }
    }
}
