using Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Sorted schema merge: merges input streams that are each sorted on the sort keys but may have
/// different layouts. The output layout is the union of the input fields by name, and a field a stream
/// lacks is null in its rows. Rows with equal keys leave in stream order.
/// </summary>
/// <remarks>
/// As in Hop, the streams are numbered in reverse hop order, skipping empty ones, and the output layout
/// starts with the fields of stream 0. A field whose type differs between streams becomes a String.
/// Hop then passes the raw values on, while this engine converts them to text so that they match the
/// String field.
/// </remarks>
[Transform("SortedSchemaMerge")]
public sealed class SortedSchemaMergeTransform : TransformBase
{
    private List<(string Name, bool Ascending)> sortKeys = [];

    public override void Init()
    {
        sortKeys = Meta.Element.Element("sort_keys")?.Elements("sort_key")
            .Select(k => (Resolve(k.Tag("name")).Trim(), k.Flag("ascending"))).ToList() ?? [];
        if (sortKeys.Count == 0)
        {
            throw Failure("no sort keys are set. Add at least one sort key.");
        }

        if (sortKeys.Any(k => k.Name.Length == 0))
        {
            throw Failure("a sort key has no field name.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var inputs = OpenMainInputs();
        if (inputs.Count < 2)
        {
            throw Failure($"at least two input streams are needed to merge, but there are {inputs.Count}.");
        }

        var streams = new List<SortedStream>();
        var sorted = new List<Entry>();
        for (var i = inputs.Count - 1; i >= 0; i--)
        {
            var row = await inputs[i].ReadAsync(cancellationToken);
            if (row is null)
            {
                continue;
            }

            var meta = inputs[i].Meta!;
            var stream = new SortedStream(streams.Count, inputs[i], meta, KeyIndexes(meta, streams.Count));
            streams.Add(stream);
            sorted.Add(new Entry(stream, row));
        }

        if (streams.Count == 0)
        {
            return;
        }

        var (output, mappings) = BuildLayout(streams);
        OutputRowMeta = output;
        var comparer = Comparer<Entry>.Create(CompareEntries);
        sorted = [.. sorted.OrderBy(e => e, comparer)];
        while (sorted.Count > 0)
        {
            var smallest = sorted[0];
            sorted.RemoveAt(0);
            var next = await smallest.Source.Input.ReadAsync(cancellationToken);
            if (next is not null)
            {
                SortedInsert.Insert(sorted, new Entry(smallest.Source, next), comparer);
            }

            await PutRowAsync(output, MapRow(smallest, output, mappings[smallest.Source.Number]), cancellationToken);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => OutputRowMeta;

    private int[] KeyIndexes(RowMeta meta, int streamNumber) => sortKeys.Select(key =>
    {
        var index = meta.IndexOf(key.Name);
        return index >= 0
            ? index
            : throw Failure($"the sort key '{key.Name}' was not found in input stream {streamNumber} ({meta}).");
    }).ToArray();

    private static (RowMeta Output, int[][] Mappings) BuildLayout(List<SortedStream> streams)
    {
        var fields = streams[0].Meta.Fields.ToList();
        var mappings = new int[streams.Count][];
        foreach (var stream in streams)
        {
            var mapping = new int[stream.Meta.Count];
            for (var i = 0; i < stream.Meta.Count; i++)
            {
                var field = stream.Meta[i];
                if (!fields.Any(f => f.Name.Equals(field.Name, StringComparison.Ordinal)))
                {
                    fields.Add(field);
                }

                var at = fields.FindIndex(f => f.Name.Equals(field.Name, StringComparison.OrdinalIgnoreCase));

                if (fields[at].Type != field.Type)
                {
                    fields[at] = fields[at] with { Type = HopValueType.String };
                }

                mapping[i] = at;
            }

            mappings[stream.Number] = mapping;
        }

        return (new RowMeta(fields), mappings);
    }

    private static object?[] MapRow(Entry entry, RowMeta output, int[] mapping)
    {
        var row = new object?[output.Count];
        var meta = entry.Source.Meta;
        for (var i = 0; i < mapping.Length && i < entry.Row.Length; i++)
        {
            var target = output[mapping[i]];
            row[mapping[i]] = target.Type == meta[i].Type ? entry.Row[i] : ValueConverter.ToText(meta[i], entry.Row[i]);
        }

        return row;
    }

    private int CompareEntries(Entry left, Entry right)
    {
        for (var k = 0; k < sortKeys.Count; k++)
        {
            var leftIndex = left.Source.KeyIndexes[k];
            var rightIndex = right.Source.KeyIndexes[k];
            var order = ValueCompare.Compare(
                left.Source.Meta[leftIndex], left.Row[leftIndex], right.Source.Meta[rightIndex], right.Row[rightIndex]);
            if (!sortKeys[k].Ascending)
            {
                order = -order;
            }

            if (order != 0)
            {
                return order;
            }
        }

        return left.Source.Number.CompareTo(right.Source.Number);
    }

    private sealed record SortedStream(int Number, InfoStreamReader Input, RowMeta Meta, int[] KeyIndexes);

    private sealed record Entry(SortedStream Source, object?[] Row);
}
