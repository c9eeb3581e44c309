using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Concat fields: joins the text of the listed fields (all fields when none are listed) with a separator
/// into a new String field at the end of the row. Each value is formatted with its input field's metadata
/// and trimmed; nulls become the field's null string. Values are enclosed only when enclosure is forced.
/// </summary>
[Transform("ConcatFields")]
public sealed class ConcatFieldsTransform : TransformBase
{
    private string separator = string.Empty;
    private string enclosure = string.Empty;
    private bool forceEnclosure;
    private bool skipEmpty;
    private string targetField = string.Empty;
    private int targetLength;
    private bool removeSelected;
    private List<(string Name, string NullString, TrimType Trim)> fields = [];
    private RowMeta? output;
    private int[] inputIndexes = [];
    private int[] keptIndexes = [];

    public override void Init()
    {
        separator = Resolve(Meta.Element.Tag("separator"));
        enclosure = Resolve(Meta.Element.Tag("enclosure"));
        forceEnclosure = Meta.Element.Flag("force_enclosure") || Meta.Element.Flag("enclosure_forced");
        skipEmpty = Meta.Element.Flag("skip_value_empty");
        var extra = Meta.Element.Element("ConcatFields");
        targetField = extra?.Tag("targetFieldName") ?? string.Empty;
        targetLength = extra?.Int("targetFieldLength") ?? 0;
        removeSelected = extra?.Flag("removeSelectedFields") ?? false;
        if (string.IsNullOrEmpty(targetField))
        {
            throw Failure("the target field name is missing.");
        }

        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.TagOrEmpty("name"), f.Tag("nullif") ?? string.Empty, TrimTypes.Parse(f.Tag("trim_type"))))
            .ToList() ?? [];
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta).Meta;

    private (RowMeta Meta, int[] Inputs, int[] Kept) Layout(RowMeta input)
    {
        var inputs = fields.Count == 0
            ? Enumerable.Range(0, input.Count).ToArray()
            : fields.Select(f => input.RequireIndex(f.Name, Name)).ToArray();
        var kept = Enumerable.Range(0, input.Count).Where(i => !removeSelected || !inputs.Contains(i)).ToArray();
        var target = new ValueMeta(targetField, HopValueType.String) { Length = targetLength, Precision = 0 };
        return (new RowMeta(kept.Select(i => input[i]).Append(target)), inputs, kept);
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (output is null)
        {
            (output, inputIndexes, keptIndexes) = Layout(input);
        }

        var values = new List<string>(inputIndexes.Length);
        for (var i = 0; i < inputIndexes.Length; i++)
        {
            var index = inputIndexes[i];
            var (nullString, trim) = fields.Count == 0 ? (string.Empty, TrimType.None) : (fields[i].NullString, fields[i].Trim);
            if (ValueConverter.IsNull(input[index], row[index]))
            {
                values.Add(nullString);
                continue;
            }

            values.Add(TrimTypes.Apply(trim, ValueConverter.ToText(input[index] with { Trim = TrimType.None }, row[index]) ?? string.Empty));
        }

        var result = new object?[output.Count];
        for (var i = 0; i < keptIndexes.Length; i++)
        {
            result[i] = row[keptIndexes[i]];
        }

        result[^1] = string.Join(separator, values.Where(v => !(skipEmpty && v.Length == 0)).Select(v => forceEnclosure ? enclosure + v + enclosure : v));
        return PutRowAsync(output, result, cancellationToken);
    }
}
