using Orleans.AsyncHop.Engine.Pipelines.Joins;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Multiway merge join: joins any number of streams sorted on their keys. INNER keeps the keys present
/// in every stream; FULL OUTER keeps every key, with nulls for the streams that lack it. Equal keys give
/// every combination, and output rows hold the streams' fields in input order.
/// </summary>
[Transform("MultiwayMergeJoin")]
public sealed class MultiwayMergeJoinTransform : TransformBase
{
    private List<string> inputs = [];
    private List<string[]> keys = [];
    private bool fullOuter;

    public override IReadOnlyCollection<string> InfoStreamNames => inputs;

    public override void Init()
    {
        var count = Meta.Element.Int("number_input");
        inputs = Enumerable.Range(0, count).Select(i => Meta.Element.TagOrEmpty("transform" + i)).ToList();
        keys = Meta.Element.Element("keys")?.Elements("key")
            .Select(k => k.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList() ?? [];
        var joinType = Meta.Element.TagOrEmpty("join_type").Trim().ToUpperInvariant();
        fullOuter = joinType == "FULL OUTER";
        if (!fullOuter && joinType != "INNER")
        {
            throw Failure($"the join type '{joinType}' is not valid; use INNER or FULL OUTER.");
        }

        if (keys.Count != inputs.Count || keys.Any(k => k.Length != keys[0].Length))
        {
            throw Failure("every input needs the same number of key fields.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var streams = new List<(RowMeta Meta, List<object?[]> Rows, int[] Keys)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var (meta, rows) = await ReadInfoStreamAsync(inputs[i], cancellationToken);
            if (meta is null)
            {
                throw Failure($"the layout of stream '{inputs[i]}' is unknown.");
            }

            streams.Add((meta, rows, keys[i].Select(k => meta.RequireIndex(k, Name)).ToArray()));
        }

        var outputMeta = JoinedLayout.Combine(streams.Select(s => s.Meta));
        OutputRowMeta = outputMeta;
        var positions = new int[streams.Count];
        while (true)
        {
            var smallest = -1;
            for (var i = 0; i < streams.Count; i++)
            {
                if (positions[i] < streams[i].Rows.Count
                    && (smallest < 0 || CompareKeys(streams[i], streams[i].Rows[positions[i]], streams[smallest], streams[smallest].Rows[positions[smallest]]) < 0))
                {
                    smallest = i;
                }
            }

            if (smallest < 0)
            {
                return;
            }

            var reference = (Stream: streams[smallest], Row: streams[smallest].Rows[positions[smallest]]);
            var groups = new List<List<object?[]>>();
            for (var i = 0; i < streams.Count; i++)
            {
                var group = new List<object?[]>();
                while (positions[i] < streams[i].Rows.Count
                    && CompareKeys(streams[i], streams[i].Rows[positions[i]], reference.Stream, reference.Row) == 0)
                {
                    group.Add(streams[i].Rows[positions[i]++]);
                }

                groups.Add(group);
            }

            if (!fullOuter && groups.Any(g => g.Count == 0))
            {
                continue;
            }

            await EmitAsync(streams.Select(s => s.Meta.Count).ToArray(), groups, 0, new object?[outputMeta.Count], 0, outputMeta, cancellationToken);
        }
    }

    private async Task EmitAsync(int[] widths, List<List<object?[]>> groups, int stream, object?[] row, int offset, RowMeta meta, CancellationToken cancellationToken)
    {
        if (stream == groups.Count)
        {
            await PutRowAsync(meta, (object?[])row.Clone(), cancellationToken);
            return;
        }

        if (groups[stream].Count == 0)
        {
            Array.Clear(row, offset, widths[stream]);
            await EmitAsync(widths, groups, stream + 1, row, offset + widths[stream], meta, cancellationToken);
            return;
        }

        foreach (var source in groups[stream])
        {
            Array.Copy(source, 0, row, offset, Math.Min(widths[stream], source.Length));
            await EmitAsync(widths, groups, stream + 1, row, offset + widths[stream], meta, cancellationToken);
        }
    }

    private static int CompareKeys(
        (RowMeta Meta, List<object?[]> Rows, int[] Keys) left, object?[] leftRow,
        (RowMeta Meta, List<object?[]> Rows, int[] Keys) right, object?[] rightRow)
    {
        for (var k = 0; k < left.Keys.Length; k++)
        {
            var order = ValueCompare.Compare(left.Meta[left.Keys[k]], leftRow[left.Keys[k]], right.Meta[right.Keys[k]], rightRow[right.Keys[k]]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
