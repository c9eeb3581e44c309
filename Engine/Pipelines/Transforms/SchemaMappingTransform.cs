using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Schema mapping: reshapes each row into the fields of a static schema definition. A schema field mapped to
/// an input field takes its value converted to the schema field's type, and an unmapped schema field is null.
/// Before converting, the input field borrows the schema field's format mask and symbols where they are set,
/// as Hop does, so that text is parsed and numbers and dates are formatted with the schema's formats.
/// </summary>
[Transform("SchemaMapping")]
public sealed class SchemaMappingTransform : TransformBase
{
    private readonly List<(string SchemaField, string StreamField)> mappings = [];
    private RowMeta schema = RowMeta.Empty;
    private RowMeta? sourcesFor;
    private (int Input, ValueMeta Source)?[] sources = [];

    public override void Init()
    {
        var schemaName = Resolve(Meta.Element.Tag("schemaName"));
        if (schemaName.Length == 0)
        {
            throw Failure("no schema definition is set.");
        }

        foreach (var mapping in Meta.Element.Element("mappings")?.Elements("mapping") ?? [])
        {
            mappings.Add((mapping.TagOrEmpty("fieldSchemaDefinition"), mapping.TagOrEmpty("fieldStream")));
        }

        try
        {
            schema = SchemaDefinition.Load(Pipeline.Context.Project.Metadata, schemaName).Fields;
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        var unknown = mappings.FirstOrDefault(m => schema.IndexOf(m.SchemaField) < 0);
        if (unknown.SchemaField is not null)
        {
            throw Failure($"the mapped field '{unknown.SchemaField}' is not a field of schema definition '{schemaName}' ({schema}).");
        }

        // Hop names this transform as the origin of the schema fields that no input field fills, and leaves
        // the origin of mapped fields empty. An empty origin also keeps the engine from stamping one on.
        var mapped = mappings.Select(m => m.SchemaField).ToHashSet(StringComparer.Ordinal);
        schema = new RowMeta(schema.Fields.Select(f => f with { Origin = mapped.Contains(f.Name) ? string.Empty : Name }));
        OutputRowMeta = schema;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => schema;

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(sourcesFor, input))
        {
            Prepare(input);
        }

        var output = new object?[schema.Count];
        for (var i = 0; i < schema.Count; i++)
        {
            if (sources[i] is not { } source)
            {
                continue;
            }

            var value = row[source.Input];
            try
            {
                output[i] = ValueConverter.Convert(value, source.Source, schema[i]);
            }
            catch (Exception exception)
                when (exception is FormatException or InvalidCastException or OverflowException or HopException)
            {
                throw Failure($"the value [{value}] of field '{source.Source.Name}' cannot be converted to " +
                    $"{HopValueTypes.Name(schema[i].Type)} for schema field '{schema[i].Name}' (row {LinesRead}): " +
                    exception.Message, exception);
            }
        }

        await PutRowAsync(schema, output, cancellationToken);
    }

    private void Prepare(RowMeta input)
    {
        sources = new (int, ValueMeta)?[schema.Count];
        foreach (var (schemaField, streamField) in mappings)
        {
            var index = input.IndexOf(streamField);
            if (index < 0)
            {
                throw Failure($"input field '{streamField}' mapped to schema field '{schemaField}' is not found " +
                    $"in the input row ({input}).");
            }

            var target = schema[schema.IndexOf(schemaField)];
            var source = input[index];
            source = source with
            {
                ConversionMask = string.IsNullOrEmpty(target.ConversionMask) ? source.ConversionMask : target.ConversionMask,
                DecimalSymbol = string.IsNullOrEmpty(target.DecimalSymbol) ? source.DecimalSymbol : target.DecimalSymbol,
                GroupingSymbol = string.IsNullOrEmpty(target.GroupingSymbol) ? source.GroupingSymbol : target.GroupingSymbol,
                CurrencySymbol = string.IsNullOrEmpty(target.CurrencySymbol) ? source.CurrencySymbol : target.CurrencySymbol,
            };
            sources[schema.IndexOf(schemaField)] = (index, source);
        }

        sourcesFor = input;
    }
}
