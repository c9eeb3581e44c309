using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Split fields: splits a String field on a delimiter (respecting enclosures and an escape string) into
/// typed fields, by position or by the id each part starts with. The new fields replace the split field
/// unless it is kept, in which case they are appended.
/// </summary>
[Transform("FieldSplitter")]
public sealed class FieldSplitterTransform : TransformBase
{
    private string splitField = string.Empty;
    private bool keepSplitField;
    private List<(FieldDefinition Field, string Id, bool RemoveId, TrimType Trim)> fields = [];
    private RowMeta? output;
    private int index = -1;
    private string delimiter = string.Empty;
    private string enclosure = string.Empty;
    private string escape = string.Empty;
    private bool removeEnclosure;

    public override void Init()
    {
        splitField = Meta.Element.TagOrEmpty("splitfield");
        keepSplitField = Meta.Element.Flag("keep_split_field");
        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (FieldDefinition.Read(f), f.TagOrEmpty("id"), f.Flag("idrem"), TrimTypes.Parse(f.Tag("trimtype"))))
            .ToList() ?? [];
        if (fields.Count == 0)
        {
            throw Failure("no fields to split into are defined.");
        }

        delimiter = Resolve(Meta.Element.Tag("delimiter"));
        enclosure = Resolve(Meta.Element.Tag("enclosure"));
        escape = Resolve(Meta.Element.Tag("escape_string"));
        removeEnclosure = ValueConverter.ParseBoolean(Variables.Get("HOP_SPLIT_FIELDS_REMOVE_ENCLOSURE") ?? "N");
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    private RowMeta Layout(RowMeta input)
    {
        var position = input.IndexOf(splitField);
        var added = fields.Select(f => f.Field.Meta);
        if (keepSplitField || position < 0)
        {
            return input.Add(added.ToArray());
        }

        return new RowMeta(input.Fields.Take(position).Concat(added).Concat(input.Fields.Skip(position + 1)));
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (index < 0)
        {
            index = input.RequireIndex(splitField, Name);
            if (input[index].Type != HopValueType.String)
            {
                throw Failure($"the field to split, '{splitField}', is not a String.");
            }

            output = Layout(input);
        }

        var result = new object?[output!.Count];
        var baseIndex = keepSplitField ? input.Count : index;
        if (keepSplitField)
        {
            Array.Copy(row, result, input.Count);
        }
        else
        {
            Array.Copy(row, result, index);
            Array.Copy(row, index + 1, result, index + fields.Count, input.Count - index - 1);
        }

        var parts = DelimitedSplitter.Split(ValueConverter.ToText(input[index], row[index]), delimiter, enclosure, removeEnclosure, escape);
        var byId = !string.IsNullOrEmpty(fields[0].Id);
        for (var i = 0; i < fields.Count; i++)
        {
            var (field, id, removeId, trim) = fields[i];
            var raw = byId ? FindById(parts, id, removeId) : parts is null || i >= parts.Length ? null : parts[i];
            try
            {
                result[baseIndex + i] = ValueConverter.FromStringWithRules(field.Meta, raw, field.NullIf, field.IfNull, trim);
            }
            catch (HopException exception)
            {
                throw Failure($"the value '{raw}' of field '{field.Meta.Name}' split from '{splitField}' cannot be converted: {exception.Message}", exception);
            }
        }

        return PutRowAsync(output, result, cancellationToken);
    }

    private static string? FindById(string[]? parts, string id, bool removeId)
    {
        var part = parts?.FirstOrDefault(p => p.StartsWith(id, StringComparison.Ordinal));
        return part is null || !removeId ? part : part[id.Length..];
    }
}
