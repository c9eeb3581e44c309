using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Row flattener: collects the value of one field from every N consecutive rows (N target fields) into the
/// target fields of a single row. The other fields come from the last row of each run of N, and the
/// flattened field leaves the row. A last, incomplete run is written with nulls in its missing targets.
/// </summary>
[Transform("Flattener")]
public sealed class FlattenerTransform : TransformBase
{
    private string fieldName = string.Empty;
    private List<string> targets = [];

    public override void Init()
    {
        fieldName = Meta.Element.TagOrEmpty("field_name");
        targets = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        if (fieldName.Length == 0)
        {
            throw Failure("the field to flatten is missing; specify its name.");
        }

        if (targets.Count == 0)
        {
            throw Failure("no target fields are listed; list at least one field to receive the flattened values.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null ? null : OutputLayout(inputMeta, FieldIndex(inputMeta));

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        RowMeta? output = null;
        var fieldIndex = -1;
        var values = new object?[targets.Count];
        var collected = 0;
        object?[]? previous = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var input = InputRowMeta!;
            if (output is null)
            {
                fieldIndex = FieldIndex(input);
                output = OutputLayout(input, fieldIndex);
            }

            values[collected++] = row[fieldIndex];
            if (collected == targets.Count)
            {
                await PutRowAsync(output, BuildRow(output, row, fieldIndex, values), cancellationToken);
                values = new object?[targets.Count];
                collected = 0;
            }

            previous = row;
        }

        if (collected > 0)
        {
            await PutRowAsync(output!, BuildRow(output!, previous!, fieldIndex, values), cancellationToken);
        }
    }

    private static object?[] BuildRow(RowMeta output, object?[] row, int fieldIndex, object?[] values)
    {
        var result = new object?[output.Count];
        var at = 0;
        var inputCount = output.Count - values.Length + 1;
        for (var i = 0; i < inputCount; i++)
        {
            if (i != fieldIndex)
            {
                result[at++] = row[i];
            }
        }

        Array.Copy(values, 0, result, at, values.Length);
        return result;
    }

    private int FieldIndex(RowMeta input)
    {
        var index = input.IndexOf(fieldName);
        return index >= 0 ? index : throw Failure($"the field to flatten '{fieldName}' is not in the input row ({input}).");
    }

    private RowMeta OutputLayout(RowMeta input, int fieldIndex)
    {
        var kept = input.Fields.Where((_, i) => i != fieldIndex);
        return new RowMeta(kept.Concat(targets.Select(name => input[fieldIndex].Rename(name))));
    }
}
