using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Coalesce: each output field takes the first non-null value of its input fields (empty strings count
/// as null when asked), converted to the output type. Without a type, the type follows Hop's widening of
/// the input types (integer and number give number, mixed kinds give string). Input fields marked for
/// removal leave the row, unless an input carries the output's own name.
/// </summary>
[Transform("Coalesce")]
public sealed class CoalesceTransform : TransformBase
{
    private List<CoalesceField> fields = [];
    private bool emptyIsNull;
    private RowMeta? layoutFor;
    private RowMeta? layout;
    private int[] keptInputs = [];
    private (int[] Inputs, int Output, ValueMeta Meta)[] outputs = [];

    public override void Init()
    {
        emptyIsNull = Meta.Element.Flag("empty_is_null");
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => new CoalesceField(
            Resolve(f.Tag("name")),
            HopValueTypes.Parse(f.Tag("type")),
            f.Flag("remove"),
            Regex.Split(f.TagOrEmpty("input").Trim(), @"\s*,\s*", RegexOptions.None, TimeSpan.FromSeconds(1))
                .Where(n => n.Length > 0).ToArray())).ToList() ?? [];
        if (fields.FirstOrDefault(f => f.Name.Length == 0) is not null)
        {
            throw Failure("an output field has no name.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        var result = new object?[layout!.Count];
        for (var i = 0; i < keptInputs.Length; i++)
        {
            result[i] = row[keptInputs[i]];
        }

        foreach (var (inputs, output, meta) in outputs)
        {
            var source = inputs.FirstOrDefault(index => !IsNull(row[index]), -1);
            result[output] = source < 0 ? null : Convert(row[source], input[source], meta, row);
        }

        await PutRowAsync(layout, result, cancellationToken);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        Prepare(inputMeta);
        return layout;
    }

    private object? Convert(object? value, ValueMeta from, ValueMeta to, object?[] row)
    {
        try
        {
            return ValueConverter.Convert(value, from, to);
        }
        catch (Exception exception)
            when (exception is FormatException or InvalidCastException or OverflowException or HopException)
        {
            throw Failure($"the value [{value}] of field '{from.Name}' cannot become {HopValueTypes.Name(to.Type)} " +
                $"for output field '{to.Name}' (row {LinesRead}): {exception.Message}", exception);
        }
    }

    private bool IsNull(object? value) => value switch
    {
        null => true,
        byte[] bytes => bytes.Length == 0,
        string text => emptyIsNull && text.Length == 0,
        _ => emptyIsNull && value.ToString()!.Length == 0,
    };

    private void Prepare(RowMeta input)
    {
        foreach (var missing in fields.SelectMany(f => f.Inputs).Where(n => input.IndexOf(n) < 0))
        {
            throw Failure($"input field '{missing}' not found in the row ({input}); check the input field list.");
        }

        var removed = fields.Where(f => f.Remove).SelectMany(f => f.Inputs.Where(n => n != f.Name))
            .ToHashSet(StringComparer.Ordinal);
        var kept = input.Fields.Select((f, i) => (Field: f, Index: i))
            .Where(p => !removed.Contains(p.Field.Name)).ToList();
        var metas = kept.Select(p => p.Field).ToList();
        var built = new List<(int[] Inputs, int Output, ValueMeta Meta)>();
        foreach (var field in fields)
        {
            var type = field.Type == HopValueType.None ? DefaultType(input, field.Inputs) : field.Type;
            var meta = new ValueMeta(field.Name, type);
            var at = metas.FindIndex(m => m.Name == field.Name);
            if (at >= 0)
            {
                metas[at] = meta;
            }
            else
            {
                at = metas.Count;
                metas.Add(meta);
            }

            built.Add((field.Inputs.Select(input.IndexOf).ToArray(), at, meta));
        }

        keptInputs = kept.Select(p => p.Index).ToArray();
        outputs = [.. built];
        layout = new RowMeta(metas);
        layoutFor = input;
    }

    private static HopValueType DefaultType(RowMeta input, string[] names)
    {
        var type = HopValueType.None;
        foreach (var name in names)
        {
            var other = input[input.IndexOf(name)].Type;
            if (type == HopValueType.None || type == other)
            {
                type = other;
                continue;
            }

            type = (type, other) switch
            {
                (HopValueType.Integer, HopValueType.Number or HopValueType.BigNumber) => other,
                (HopValueType.Number, HopValueType.Integer) => type,
                (HopValueType.Number, HopValueType.BigNumber) => other,
                (HopValueType.BigNumber, HopValueType.Integer or HopValueType.Number) => type,
                (HopValueType.Date, HopValueType.Timestamp) => other,
                (HopValueType.Timestamp, HopValueType.Date) => type,
                _ => HopValueType.String,
            };
            if (type == HopValueType.String)
            {
                return type;
            }
        }

        return type == HopValueType.None ? HopValueType.String : type;
    }

    private sealed record CoalesceField(string Name, HopValueType Type, bool Remove, string[] Inputs);
}
