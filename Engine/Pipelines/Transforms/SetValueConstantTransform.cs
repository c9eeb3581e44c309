using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Set field value to a constant: replaces the value of each listed field with a constant text converted
/// to the field's type, parsed with the entry's mask or else with the field's own format. The field keeps
/// its type and place in the row.
/// </summary>
[Transform("SetValueConstant")]
public sealed class SetValueConstantTransform : TransformBase
{
    private List<ConstantField> fields = [];
    private RowMeta? layoutFor;
    private (int Index, object? Value)[] replacements = [];

    public override void Init()
    {
        var useVariables = Meta.Element.Flag("usevar");
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => new ConstantField(
            f.TagOrEmpty("name"),
            ReplaceValue(f, useVariables),
            f.Tag("mask") is { Length: > 0 } mask ? mask : null)).ToList() ?? [];
        if (fields.Count == 0)
        {
            throw Failure("no fields are selected; list at least one field to set.");
        }

        var duplicate = fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Failure($"the field '{duplicate.Key}' is listed more than once; list each field once.");
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
        foreach (var (index, value) in replacements)
        {
            result[index] = value;
        }

        await PutRowAsync(input, result, cancellationToken);
    }

    private string? ReplaceValue(System.Xml.Linq.XElement field, bool useVariables)
    {
        if (field.Flag("set_empty_string"))
        {
            return string.Empty;
        }

        var value = field.Tag("value");
        return useVariables && value is not null ? Resolve(value) : value;
    }

    /// <summary>Converts every constant once per input layout, since the values do not depend on the row.</summary>
    private void Prepare(RowMeta input)
    {
        replacements = fields.Select(field =>
        {
            var index = input.IndexOf(field.Name);
            if (index < 0)
            {
                throw Failure($"the field '{field.Name}' is not in the input row ({input}).");
            }

            return (index, Convert(field, input[index]));
        }).ToArray();
        layoutFor = input;
    }

    private object? Convert(ConstantField field, ValueMeta target)
    {
        if (field.Value is null || target.Type is HopValueType.String or HopValueType.None)
        {
            return field.Value;
        }

        // Hop parses the text with a String copy of the field's metadata, whose format the entry's mask replaces.
        var parser = target with { ConversionMask = field.Mask ?? target.ConversionMask, Trim = TrimType.None };
        try
        {
            return ValueConverter.FromString(parser, field.Value);
        }
        catch (HopException exception)
        {
            throw Failure($"the value '{field.Value}' cannot become {HopValueTypes.Name(target.Type)} for field " +
                $"'{target.Name}': {exception.Message}", exception);
        }
    }

    private sealed record ConstantField(string Name, string? Value, string? Mask);
}
