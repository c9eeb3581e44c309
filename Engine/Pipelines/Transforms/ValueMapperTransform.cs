using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Value mapper: replaces a field's value by the target of the matching source value, in place or in a new
/// field of the target type. A mapping with an empty source applies to null input; unmatched values get
/// the default, keep their value when asked, or become null.
/// </summary>
[Transform("ValueMapper")]
public sealed class ValueMapperTransform : TransformBase
{
    private string fieldToUse = string.Empty;
    private string targetField = string.Empty;
    private HopValueType targetType = HopValueType.String;
    private bool keepOriginal;
    private string? nonMatchText;
    private List<(string? Source, string? Target, bool EmptyIsNull)> entries = [];
    private Dictionary<object, object?>? map;
    private (bool Defined, object? Value) emptyMapping;
    private object? nonMatch;
    private bool nonMatchActive;
    private RowMeta? output;
    private int index;

    public override void Init()
    {
        fieldToUse = Meta.Element.TagOrEmpty("field_to_use");
        targetField = Resolve(Meta.Element.Tag("target_field"));
        var type = HopValueTypes.Parse(Meta.Element.Tag("target_type"));
        targetType = type == HopValueType.None ? HopValueType.String : type;
        keepOriginal = Meta.Element.Flag("keep_original_value_on_non_match");
        nonMatchText = Meta.Element.Tag("non_match_default");
        entries = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.Tag("source_value"), f.Tag("target_value"), f.Flag("empty_string_equals_null")))
            .ToList() ?? [];
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    private RowMeta Layout(RowMeta input)
    {
        var target = new ValueMeta(string.IsNullOrEmpty(targetField) ? fieldToUse : targetField, targetType);
        if (!string.IsNullOrEmpty(targetField))
        {
            return input.Add(target);
        }

        var fields = input.Fields.ToList();
        var position = input.IndexOf(fieldToUse);
        if (position >= 0)
        {
            fields[position] = target with { Name = input[position].Name };
        }

        return new RowMeta(fields);
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (map is null)
        {
            index = input.RequireIndex(fieldToUse, Name);
            output = Layout(input);
            BuildMap(input[index]);
        }

        var source = row[index];
        var targetMeta = output![string.IsNullOrEmpty(targetField) ? index : output.Count - 1];
        object? value;
        var mapped = true;
        if (emptyMapping.Defined && ValueConverter.IsNull(input[index], source))
        {
            value = emptyMapping.Value;
        }
        else if (source is not null && map!.TryGetValue(source, out var target))
        {
            value = target;
        }
        else if (source is not null && nonMatchActive)
        {
            value = nonMatch;
        }
        else
        {
            mapped = false;
            value = keepOriginal ? ValueConverter.Convert(source, input[index], targetMeta) : null;
        }

        var result = RowMeta.Resize(row, output.Count);
        result[string.IsNullOrEmpty(targetField) ? index : output.Count - 1] = mapped || keepOriginal ? value : null;
        return PutRowAsync(output, result, cancellationToken);
    }

    private void BuildMap(ValueMeta sourceMeta)
    {
        var text = new ValueMeta("string", HopValueType.String);
        var targetMeta = new ValueMeta("target", targetType);
        map = new Dictionary<object, object?>(new Grouping.ValueComparer(sourceMeta));
        if (!keepOriginal && !string.IsNullOrEmpty(nonMatchText))
        {
            nonMatchActive = true;
            nonMatch = ValueConverter.Convert(Resolve(nonMatchText), text, targetMeta);
        }

        foreach (var (source, target, emptyIsNull) in entries)
        {
            var resolved = Resolve(target);
            var targetValue = emptyIsNull && string.IsNullOrEmpty(resolved) ? null : ValueConverter.Convert(resolved, text, targetMeta);
            if (string.IsNullOrEmpty(source))
            {
                if (emptyMapping.Defined)
                {
                    throw Failure("only one mapping with an empty source value is allowed.");
                }

                emptyMapping = (true, targetValue);
                continue;
            }

            if (ValueConverter.Convert(source, text, sourceMeta) is { } key)
            {
                map[key] = targetValue;
            }
        }
    }
}
