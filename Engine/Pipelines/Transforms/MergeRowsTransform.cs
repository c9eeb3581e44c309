using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Merge rows (diff): walks a reference stream and a compare stream, both sorted on the key fields, and
/// writes one row per key with a flag field. A key on both sides gives the compare row flagged
/// "identical" or "changed", judged on the value fields. A reference row without a match is "deleted",
/// and a compare row without a match is "new".
/// Options: align the two input layouts by field name, a JSON field listing the changed values, and
/// pass-through fields copied from either side.
/// </summary>
[Transform("MergeRows")]
public sealed partial class MergeRowsTransform : TransformBase
{
    private const string Identical = "identical";
    private const string Changed = "changed";
    private const string New = "new";
    private const string Deleted = "deleted";
    private const string NoChangesJson = "{\"changes\":[]}";

    private string reference = string.Empty;
    private string compare = string.Empty;
    private string flagField = string.Empty;
    private string diffField = string.Empty;
    private bool alignLayouts;
    private List<string> keyFields = [];
    private List<string> valueFields = [];
    private List<PassThroughField> passThroughFields = [];

    public override IReadOnlyCollection<string> InfoStreamNames => [reference, compare];

    public override void Init()
    {
        var element = Meta.Element;
        reference = element.TagOrEmpty("reference").Trim();
        compare = element.Elements("compare").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0) ?? string.Empty;
        flagField = Resolve(element.Tag("flag_field")).Trim();
        diffField = Resolve(element.Tag("diff-field")).Trim();
        alignLayouts = element.Flag("align_input_layouts");
        keyFields = element.Element("keys")?.Elements("key").Select(k => k.Value).ToList() ?? [];
        valueFields = element.Element("values")?.Elements("value").Select(v => v.Value).ToList() ?? [];
        passThroughFields = element.Element("passthrough-fields")?.Elements("passthrough-field")
            .Select(f => new PassThroughField(f.TagOrEmpty("sourceField"), f.TagOrEmpty("renameTo"), f.Flag("referenceField")))
            .ToList() ?? [];
        if (reference.Length == 0 || compare.Length == 0)
        {
            throw Failure("both the reference and the compare transform must be set.");
        }

        if (flagField.Length == 0)
        {
            throw Failure("the flag field is not set.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var referenceStream = OpenInfoStream(reference);
        var compareStream = OpenInfoStream(compare);
        var referenceOriginal = await referenceStream.ReadAsync(cancellationToken);
        var compareOriginal = await compareStream.ReadAsync(cancellationToken);
        var layout = BuildLayout(referenceStream.Meta, compareStream.Meta);
        OutputRowMeta = layout.Output;
        if (referenceOriginal is null && compareOriginal is null)
        {
            return;
        }

        var one = layout.AlignReference(referenceOriginal);
        var two = layout.AlignCompare(compareOriginal);
        var keys = keyFields.Select(k => layout.FindField(k)).ToArray();
        var values = valueFields.Select(v => layout.FindField(v)).ToArray();
        while (one is not null || two is not null)
        {
            object?[] output;
            string flag;
            var difference = NoChangesJson;
            var currentReference = referenceOriginal;
            var currentCompare = compareOriginal;
            var order = CompareKeys(layout.Compared, one, two, keys);
            if (order == 0)
            {
                var changed = diffField.Length > 0
                    ? DescribeChanges(layout.Compared, one!, two!, values, out difference)
                    : CompareFields(layout.Compared, one!, two!, values) != 0;
                output = two!;
                flag = changed ? Changed : Identical;
            }
            else
            {
                output = order < 0 ? one! : two!;
                flag = order < 0 ? Deleted : New;
            }

            if (order <= 0)
            {
                referenceOriginal = await referenceStream.ReadAsync(cancellationToken);
                one = layout.AlignReference(referenceOriginal);
            }

            if (order >= 0)
            {
                compareOriginal = await compareStream.ReadAsync(cancellationToken);
                two = layout.AlignCompare(compareOriginal);
            }

            var row = BuildOutputRow(layout, output, flag, difference, currentReference, currentCompare);
            await PutRowAsync(layout.Output, row, cancellationToken);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => OutputRowMeta;

    private object?[] BuildOutputRow(
        MergeRowsLayout layout, object?[] source, string flag, string difference, object?[]? referenceRow, object?[]? compareRow)
    {
        var row = RowMeta.Resize(source, layout.Output.Count);
        var tail = layout.Compared.Count;
        if (diffField.Length > 0)
        {
            row[tail++] = difference;
        }

        row[tail++] = flag;
        for (var i = 0; i < passThroughFields.Count; i++)
        {
            var field = passThroughFields[i];
            var side = field.FromReference ? referenceRow : compareRow;
            var excluded = field.FromReference ? New : Deleted;
            row[tail + i] = side is not null && flag != excluded ? side[layout.PassThroughIndexes[i]] : null;
        }

        return row;
    }

    /// <summary>Orders the current rows by key; a finished stream sorts after every row of the other.</summary>
    private static int CompareKeys(RowMeta meta, object?[]? one, object?[]? two, int[] keys)
    {
        if (one is null)
        {
            return 1;
        }

        if (two is null)
        {
            return -1;
        }

        return CompareFields(meta, one, two, keys);
    }

    private static int CompareFields(RowMeta meta, object?[] left, object?[] right, int[] indexes)
    {
        foreach (var index in indexes)
        {
            var order = ValueCompare.Compare(meta[index], left[index], meta[index], right[index]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private sealed record PassThroughField(string Source, string RenameTo, bool FromReference);
}
