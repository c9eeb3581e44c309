using Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Sorted merge: merges input row sets that are each sorted on the merge fields into one sorted stream,
/// for example the copies of a Sort rows transform. It keeps one row per input and always writes the
/// smallest, then reads the next row from the input it came from.
/// </summary>
/// <remarks>
/// Like Hop, the first rows are sorted stably after reading the inputs in reverse order, and each later
/// row is placed with a binary search, so rows with equal keys leave in the order Hop gives them.
/// NOTE: Hop compares with the sort direction and letter case stored on the incoming field metadata by
/// the sorting transform. Here the direction comes from this transform's own fields, and letter case
/// from the incoming metadata.
/// </remarks>
[Transform("SortedMerge")]
public sealed class SortedMergeTransform : TransformBase
{
    private List<(string Name, bool Ascending)> mergeFields = [];

    public override void Init()
    {
        mergeFields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (Resolve(f.Tag("name")).Trim(), f.Flag("ascending"))).ToList() ?? [];
        if (mergeFields.Any(f => f.Name.Length == 0))
        {
            throw Failure("a merge field has no name.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var inputs = OpenMainInputs();
        var buffer = new List<(InfoStreamReader Input, object?[] Row)>();
        RowMeta? outputMeta = null;
        RowComparer? comparer = null;
        for (var i = inputs.Count - 1; i >= 0; i--)
        {
            var row = await inputs[i].ReadAsync(cancellationToken);
            if (row is null)
            {
                continue;
            }

            buffer.Add((inputs[i], row));
            if (outputMeta is null)
            {
                outputMeta = inputs[i].Meta!;
                comparer = CreateComparer(outputMeta);
            }
            else
            {
                RequireSameLayout(outputMeta, inputs[i].Meta!, i + 1);
            }
        }

        if (outputMeta is null)
        {
            OutputRowMeta = inputs.Select(i => i.Meta).FirstOrDefault(m => m is not null);
            return;
        }

        var entries = buffer.Select(b => new Entry(b.Input, b.Row)).ToList();
        var entryComparer = Comparer<Entry>.Create((x, y) => comparer!.Compare(x.Row, y.Row));
        var sorted = entries.OrderBy(e => e, entryComparer).ToList();
        while (sorted.Count > 0)
        {
            var smallest = sorted[0];
            sorted.RemoveAt(0);
            var next = await smallest.Input.ReadAsync(cancellationToken);
            if (next is not null)
            {
                SortedInsert.Insert(sorted, new Entry(smallest.Input, next), entryComparer);
            }

            await PutRowAsync(outputMeta, smallest.Row, cancellationToken);
        }
    }

    /// <summary>
    /// Rejects an input whose field count or types differ from the first, because the merge compares the rows
    /// of all inputs by the field positions of the first. Names may differ, as Hop only compares positions.
    /// </summary>
    private void RequireSameLayout(RowMeta expected, RowMeta actual, int inputNumber)
    {
        var same = expected.Count == actual.Count && Enumerable.Range(0, expected.Count)
            .All(i => expected[i].Type == actual[i].Type);
        if (!same)
        {
            throw Failure($"input {inputNumber} has the fields ({actual}), which differ from ({expected}) of another input; " +
                "all inputs of a sorted merge need the same field types in the same order.");
        }
    }

    private RowComparer CreateComparer(RowMeta meta)
    {
        var keys = new List<SortKey>();
        foreach (var (name, ascending) in mergeFields)
        {
            var index = meta.IndexOf(name);
            if (index < 0)
            {
                throw Failure($"the merge field '{name}' was not found in the input row ({meta}).");
            }

            keys.Add(new SortKey(index, meta[index], ascending));
        }

        return new RowComparer(keys);
    }

    private sealed record Entry(InfoStreamReader Input, object?[] Row);
}
