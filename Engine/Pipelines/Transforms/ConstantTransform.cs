using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Add constants: appends fields with fixed values to every row.</summary>
[Transform("Constant")]
public sealed class ConstantTransform : TransformBase
{
    private IReadOnlyList<FieldDefinition> fields = [];
    private object?[] values = [];
    private RowMeta? lastInput;
    private RowMeta? output;

    public override void Init()
    {
        var elements = Meta.Element.Element("fields")?.Elements("field").ToList() ?? [];
        fields = elements.Select(FieldDefinition.Read).ToList();
        values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var text = elements[i].Tag("nullif");
            values[i] = string.IsNullOrEmpty(text)
                ? fields[i].SetEmptyString && fields[i].Meta.Type == HopValueType.String ? string.Empty : null
                : ValueConverter.FromString(fields[i].Meta with { ConversionMask = fields[i].Meta.ConversionMask }, text);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(fields.Select(f => f.Meta).ToArray());

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = input.Add(fields.Select(f => f.Meta).ToArray());
        }

        var result = RowMeta.Resize(row, output!.Count);
        Array.Copy(values, 0, result, input.Count, values.Length);
        return PutRowAsync(output, result, cancellationToken);
    }
}
