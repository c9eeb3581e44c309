using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Add value fields changing sequence: appends a counter that goes back to its start whenever one of the
/// watched fields (all fields when none are listed) differs from the previous row.
/// </summary>
[Transform("FieldsChangeSequence")]
public sealed class FieldsChangeSequenceTransform : TransformBase
{
    private List<string> fields = [];
    private string resultField = string.Empty;
    private long start = 1;
    private long increment = 1;
    private long sequence;
    private int[]? indexes;
    private object?[]? previous;
    private RowMeta? output;

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        resultField = Meta.Element.TagOrEmpty("resultfieldName");
        start = int.TryParse(Resolve(Meta.Element.Tag("start")), out var s) ? s : 1;
        increment = int.TryParse(Resolve(Meta.Element.Tag("increment")), out var i) ? i : 1;
        sequence = start;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(new ValueMeta(resultField, HopValueType.Integer));

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (indexes is null)
        {
            indexes = fields.Count == 0
                ? Enumerable.Range(0, input.Count).ToArray()
                : fields.Select(f => input.RequireIndex(f, Name)).ToArray();
            output = DescribeOutput(input);
        }

        if (previous is not null && indexes.Any(i => ValueCompare.Compare(input[i], previous[i], input[i], row[i]) != 0))
        {
            sequence = start;
        }

        previous = row;
        var result = RowMeta.Resize(row, output!.Count);
        result[input.Count] = sequence;
        sequence += increment;
        return PutRowAsync(output, result, cancellationToken);
    }
}
