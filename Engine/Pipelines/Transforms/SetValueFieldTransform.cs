using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Set field value: replaces the value of each listed field with the value of another field of the same
/// type in the same row. Replacements run in list order, so a later entry reads the values set by earlier ones.
/// </summary>
[Transform("SetValueField")]
public sealed class SetValueFieldTransform : TransformBase
{
    private List<(string Field, string ReplaceBy)> fields = [];
    private RowMeta? layoutFor;
    private (int Target, int Source)[] assignments = [];

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (Resolve(f.Tag("name")), Resolve(f.Tag("replaceby")))).ToList() ?? [];
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].ReplaceBy.Length == 0)
            {
                throw Failure($"the field to take the value from is missing in entry {i + 1} (field '{fields[i].Field}').");
            }
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        var result = (object?[])row.Clone();
        foreach (var (target, source) in assignments)
        {
            result[target] = result[source];
        }

        await PutRowAsync(input, result, cancellationToken);
    }

    private void Prepare(RowMeta input)
    {
        assignments = fields.Select(f =>
        {
            var target = IndexOf(input, f.Field);
            var source = IndexOf(input, f.ReplaceBy);
            if (input[target].Type != input[source].Type)
            {
                throw Failure($"field '{f.Field}' ({HopValueTypes.Name(input[target].Type)}) and field " +
                    $"'{f.ReplaceBy}' ({HopValueTypes.Name(input[source].Type)}) differ in type; both must have the same type.");
            }

            return (target, source);
        }).ToArray();
        layoutFor = input;
    }

    private int IndexOf(RowMeta input, string name)
    {
        var index = input.IndexOf(name);
        return index >= 0 ? index : throw Failure($"the field '{name}' is not in the input row ({input}).");
    }
}
