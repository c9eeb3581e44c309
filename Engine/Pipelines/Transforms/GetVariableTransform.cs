using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get variables: adds fields whose values are variable expressions resolved once. Without input it
/// writes a single row.
/// </summary>
[Transform("GetVariable")]
public sealed class GetVariableTransform : TransformBase
{
    private List<ValueMeta> fields = [];
    private object?[] values = [];
    private RowMeta? lastInput;
    private RowMeta? output;

    public override void Init()
    {
        var elements = Meta.Element.Element("fields")?.Elements("field").ToList() ?? [];
        fields = [];
        var list = new List<object?>();
        foreach (var element in elements)
        {
            var definition = FieldDefinition.Read(element);
            var text = Resolve(element.Tag("variable"));
            fields.Add(definition.Meta);
            list.Add(ConvertValue(definition.Meta, text));
        }

        values = list.ToArray();
    }

    private object? ConvertValue(ValueMeta meta, string text)
    {
        try
        {
            return ValueConverter.FromString(meta, text);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => (inputMeta ?? RowMeta.Empty).Add([.. fields]);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!HasMainInput)
        {
            output = new RowMeta(fields);
            await PutRowAsync(output, (object?[])values.Clone(), cancellationToken);
            return;
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var input = InputRowMeta!;
            if (!ReferenceEquals(input, lastInput))
            {
                lastInput = input;
                output = input.Add([.. fields]);
            }

            var result = RowMeta.Resize(row, output!.Count);
            Array.Copy(values, 0, result, input.Count, values.Length);
            await PutRowAsync(output, result, cancellationToken);
        }
    }
}
