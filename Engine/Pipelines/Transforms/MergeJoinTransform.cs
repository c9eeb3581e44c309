using Orleans.AsyncHop.Engine.Pipelines.Joins;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Merge join: joins two streams that are sorted on their keys (INNER, LEFT OUTER, RIGHT OUTER or FULL
/// OUTER). Rows with equal keys on both sides give every combination; output rows hold the first
/// stream's fields followed by the second's (a repeated name gets a "_1" suffix), with nulls for the side that has no match.
/// </summary>
[Transform("MergeJoin")]
public sealed class MergeJoinTransform : TransformBase
{
    private string first = string.Empty;
    private string second = string.Empty;
    private string joinType = "INNER";
    private List<string> firstKeys = [];
    private List<string> secondKeys = [];

    public override IReadOnlyCollection<string> InfoStreamNames => [first, second];

    public override void Init()
    {
        first = Meta.Element.TagOrEmpty("transform1");
        second = Meta.Element.TagOrEmpty("transform2");
        joinType = Meta.Element.TagOrEmpty("join_type").Trim().ToUpperInvariant();
        firstKeys = Meta.Element.Element("keys_1")?.Elements("key").Select(k => k.Value).ToList() ?? [];
        secondKeys = Meta.Element.Element("keys_2")?.Elements("key").Select(k => k.Value).ToList() ?? [];
        if (joinType is not ("INNER" or "LEFT OUTER" or "RIGHT OUTER" or "FULL OUTER"))
        {
            throw Failure($"the join type '{joinType}' is not valid; use INNER, LEFT OUTER, RIGHT OUTER or FULL OUTER.");
        }

        if (firstKeys.Count != secondKeys.Count)
        {
            throw Failure("both streams need the same number of key fields.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var left = OpenInfoStream(first);
        var right = OpenInfoStream(second);
        var one = await left.ReadAsync(cancellationToken);
        var two = await right.ReadAsync(cancellationToken);
        var keepLeft = joinType is "LEFT OUTER" or "FULL OUTER";
        var keepRight = joinType is "RIGHT OUTER" or "FULL OUTER";
        RowMeta? outputMeta = null;
        int[] leftKeys = [];
        int[] rightKeys = [];
        while (one is not null || two is not null)
        {
            if (outputMeta is null)
            {
                (outputMeta, leftKeys, rightKeys) = Prepare(left.Meta, right.Meta);
            }

            var order = one is null ? 1 : two is null ? -1 : Compare(left.Meta!, one, leftKeys, right.Meta!, two, rightKeys);
            if (order < 0)
            {
                if (keepLeft)
                {
                    await EmitAsync(outputMeta, one, null, left.Meta!.Count, cancellationToken);
                }

                one = await left.ReadAsync(cancellationToken);
                continue;
            }

            if (order > 0)
            {
                if (keepRight)
                {
                    await EmitAsync(outputMeta, null, two, left.Meta!.Count, cancellationToken);
                }

                two = await right.ReadAsync(cancellationToken);
                continue;
            }

            var leftGroup = new List<object?[]> { one! };
            var rightGroup = new List<object?[]> { two! };
            while ((one = await left.ReadAsync(cancellationToken)) is not null
                && Compare(left.Meta!, one, leftKeys, left.Meta!, leftGroup[0], leftKeys) == 0)
            {
                leftGroup.Add(one);
            }

            while ((two = await right.ReadAsync(cancellationToken)) is not null
                && Compare(right.Meta!, two, rightKeys, right.Meta!, rightGroup[0], rightKeys) == 0)
            {
                rightGroup.Add(two);
            }

            foreach (var leftRow in leftGroup)
            {
                foreach (var rightRow in rightGroup)
                {
                    await EmitAsync(outputMeta, leftRow, rightRow, left.Meta!.Count, cancellationToken);
                }
            }
        }

        if (outputMeta is null && left.Meta is not null && right.Meta is not null)
        {
            OutputRowMeta = Prepare(left.Meta, right.Meta).Meta;
        }
    }

    private (RowMeta Meta, int[] LeftKeys, int[] RightKeys) Prepare(RowMeta? leftMeta, RowMeta? rightMeta)
    {
        if (leftMeta is null || rightMeta is null)
        {
            throw Failure($"the layout of stream '{(leftMeta is null ? first : second)}' is unknown.");
        }

        var leftKeys = firstKeys.Select(k => leftMeta.RequireIndex(k, Name)).ToArray();
        var rightKeys = secondKeys.Select(k => rightMeta.RequireIndex(k, Name)).ToArray();
        return (JoinedLayout.Combine([leftMeta, rightMeta]), leftKeys, rightKeys);
    }

    private static int Compare(RowMeta leftMeta, object?[] left, int[] leftKeys, RowMeta rightMeta, object?[] right, int[] rightKeys)
    {
        for (var i = 0; i < leftKeys.Length; i++)
        {
            var order = ValueCompare.Compare(leftMeta[leftKeys[i]], left[leftKeys[i]], rightMeta[rightKeys[i]], right[rightKeys[i]]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private ValueTask EmitAsync(RowMeta meta, object?[]? left, object?[]? right, int leftCount, CancellationToken cancellationToken)
    {
        var row = new object?[meta.Count];
        if (left is not null)
        {
            Array.Copy(left, row, Math.Min(left.Length, leftCount));
        }

        if (right is not null)
        {
            Array.Copy(right, 0, row, leftCount, Math.Min(right.Length, meta.Count - leftCount));
        }

        return PutRowAsync(meta, row, cancellationToken);
    }
}
