using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// If field value is null: replaces nulls with a default converted to the field's type, for listed
/// fields, for every field of listed types, or for all fields. A replacement that does not convert is an
/// error row (code IFNULL001) or stops the pipeline.
/// </summary>
[Transform("IfNull")]
public sealed class IfNullTransform : TransformBase
{
    private bool selectFields;
    private bool selectTypes;
    private List<Replacement> fieldReplacements = [];
    private Dictionary<string, Replacement> typeReplacements = new(StringComparer.OrdinalIgnoreCase);
    private Replacement all = new(string.Empty, null, null, false);
    private (int Index, Replacement Rule)[]? targets;

    public override void Init()
    {
        selectFields = Meta.Element.Flag("selectFields");
        selectTypes = Meta.Element.Flag("selectValuesType");
        fieldReplacements = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => new Replacement(f.TagOrEmpty("name"), Resolve(f.Tag("value")), Resolve(f.Tag("mask")), f.Flag("set_empty_string")))
            .ToList() ?? [];
        typeReplacements = (Meta.Element.Element("valuetypes")?.Elements("valuetype") ?? [])
            .Select(t => new Replacement(t.TagOrEmpty("name"), Resolve(t.Tag("value")), Resolve(t.Tag("mask")), t.Flag("set_type_empty_string")))
            .ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        all = new Replacement(string.Empty, Resolve(Meta.Element.Tag("replaceAllByValue")), Resolve(Meta.Element.Tag("replaceAllMask")), Meta.Element.Flag("setEmptyStringAll"));
        if (selectFields && fieldReplacements.Count == 0)
        {
            throw Failure("no fields are selected.");
        }

        if (selectTypes && !selectFields && typeReplacements.Count == 0)
        {
            throw Failure("no value types are selected.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        targets ??= ResolveTargets(input);
        try
        {
            foreach (var (index, rule) in targets)
            {
                if (ValueConverter.IsNull(input[index], row[index]))
                {
                    row[index] = Replace(input[index], rule);
                }
            }
        }
        catch (HopException exception)
        {
            if (!HasErrorHandling)
            {
                throw Failure(exception.Message, exception);
            }

            await PutErrorAsync(input, row, 1, exception.Message, string.Empty, "IFNULL001", cancellationToken);
            return;
        }

        await PutRowAsync(input, row, cancellationToken);
    }

    private (int, Replacement)[] ResolveTargets(RowMeta input)
    {
        if (selectFields)
        {
            return fieldReplacements.Select(r => (input.RequireIndex(r.Name, Name), r)).ToArray();
        }

        if (selectTypes)
        {
            return Enumerable.Range(0, input.Count)
                .Where(i => typeReplacements.ContainsKey(HopValueTypes.Name(input[i].Type)))
                .Select(i => (i, typeReplacements[HopValueTypes.Name(input[i].Type)]))
                .ToArray();
        }

        // Replacing in all fields uses the mask for dates only, and never sets an empty string on dates.
        return Enumerable.Range(0, input.Count)
            .Select(i => (i, input[i].Type is HopValueType.Date or HopValueType.Timestamp
                ? all with { SetEmptyString = false }
                : all with { Mask = null }))
            .ToArray();
    }

    private static object? Replace(ValueMeta meta, Replacement rule)
    {
        if (rule.SetEmptyString)
        {
            return meta.Type == HopValueType.String ? string.Empty : null;
        }

        var parseMeta = string.IsNullOrEmpty(rule.Mask) ? meta : meta with { ConversionMask = rule.Mask };
        return ValueConverter.FromString(parseMeta, rule.Value);
    }

    private sealed record Replacement(string Name, string? Value, string? Mask, bool SetEmptyString);
}
