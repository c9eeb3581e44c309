using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Row normaliser: turns each input row into one row per distinct type value. Each output row carries the
/// fields that are not normalised, the type field with the type value, and one field per distinct
/// normalised name holding the values of the fields listed with that type.
/// </summary>
[Transform("Normaliser")]
public sealed class NormaliserTransform : TransformBase
{
    private string typeField = string.Empty;
    private List<NormalisedField> fields = [];
    private RowMeta? layoutFor;
    private RowMeta? layout;
    private int[] copiedIndexes = [];
    private (string Type, int[] Sources)[] types = [];

    public override void Init()
    {
        typeField = Resolve(Meta.Element.Tag("typefield"));
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => new NormalisedField(
            f.TagOrEmpty("name"), f.TagOrEmpty("value"), f.TagOrEmpty("norm"))).ToList() ?? [];
        if (typeField.Length == 0)
        {
            throw Failure("the type field name is missing; specify the field that receives the type values.");
        }

        if (fields.FirstOrDefault(f => f.Name.Length == 0 || f.Norm.Length == 0) is { } incomplete)
        {
            throw Failure($"the field entry with type value '{incomplete.Value}' needs both a field name and " +
                "a new field name.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        foreach (var (type, sources) in types)
        {
            var result = new object?[layout!.Count];
            var at = 0;
            foreach (var index in copiedIndexes)
            {
                result[at++] = row[index];
            }

            result[at++] = type;

            // Hop fills the normalised fields by position in the type's field list, not by their names.
            foreach (var source in sources)
            {
                result[at++] = row[source];
            }

            await PutRowAsync(layout, result, cancellationToken);
        }
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

    private void Prepare(RowMeta input)
    {
        var normalised = fields.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        copiedIndexes = Enumerable.Range(0, input.Count).Where(i => !normalised.Contains(input[i].Name)).ToArray();

        var metas = copiedIndexes.Select(i => input[i]).ToList();
        var maxLength = fields.Count == 0 ? 0 : fields.Max(f => f.Value.Length);
        metas.Add(new ValueMeta(typeField, HopValueType.String) { Length = maxLength });
        var norms = new List<string>();
        foreach (var field in fields.Where(f => !norms.Contains(f.Norm)))
        {
            norms.Add(field.Norm);
            metas.Add(input[FieldIndex(input, field.Name)].Rename(field.Norm));
        }

        var built = new List<(string Type, List<int> Sources)>();
        foreach (var field in fields)
        {
            var index = FieldIndex(input, field.Name);
            var entry = built.FirstOrDefault(t => t.Type == field.Value);
            if (entry.Sources is null)
            {
                entry = (field.Value, []);
                built.Add(entry);
            }

            if (entry.Sources.Count == norms.Count)
            {
                throw Failure($"type value '{field.Value}' lists more fields than there are new field names " +
                    $"({string.Join(", ", norms)}); give each new field name at most one field per type value.");
            }

            entry.Sources.Add(index);
        }

        types = built.Select(t => (t.Type, t.Sources.ToArray())).ToArray();
        layout = new RowMeta(metas);
        layoutFor = input;
    }

    private int FieldIndex(RowMeta input, string name)
    {
        var index = input.IndexOf(name);
        return index >= 0 ? index : throw Failure($"the field '{name}' to normalise is not in the input row ({input}).");
    }

    private sealed record NormalisedField(string Name, string Value, string Norm);
}
