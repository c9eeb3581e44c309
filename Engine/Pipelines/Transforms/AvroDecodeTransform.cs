using System.Globalization;
using System.Xml.Linq;
using Avro;
using Avro.Generic;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Avro decode: reads fields of the Avro record in the source field and appends them as new fields. Each Avro
/// value first becomes its standard Hop value (long, double, boolean, bytes or text) and is then converted to
/// the target type with the target format, as Hop's Avro decode does. Rows with a null record are dropped.
/// </summary>
[Transform("AvroDecode")]
public sealed class AvroDecodeTransform : TransformBase
{
    private readonly List<(string Source, ValueMeta Target)> fields = [];
    private string sourceField = "avro";
    private bool ignoreMissing;

    public override void Init()
    {
        if (Meta.Element.Tag("source_field") is { Length: > 0 } source)
        {
            sourceField = Resolve(source);
        }

        // Hop reads remove_source_field but keeps the source field in the output, and so does this transform.
        ignoreMissing = Meta.Element.Flag("ignore_missing");
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            fields.Add((Resolve(field.TagOrEmpty("source_field")), ReadTarget(field)));
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.AddAll(new RowMeta(fields.Select(field => field.Target)));

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        var index = inputMeta.IndexOf(sourceField);
        if (index < 0)
        {
            throw Failure($"the Avro source field '{sourceField}' was not found in the input rows ({inputMeta}).");
        }

        if (inputMeta[index].Type != HopValueType.AvroRecord)
        {
            throw Failure(
                $"only Avro Record values can be decoded, but field '{sourceField}' is of type {HopValueTypes.Name(inputMeta[index].Type)}.");
        }

        if (row[index] is not GenericRecord record)
        {
            return;
        }

        var outputMeta = DescribeOutput(inputMeta)!;
        var output = RowMeta.Resize(row, outputMeta.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            output[inputMeta.Count + i] = Decode(record, fields[i].Source, fields[i].Target);
        }

        await PutRowAsync(outputMeta, output, cancellationToken);
    }

    private object? Decode(GenericRecord record, string name, ValueMeta target)
    {
        if (!record.Schema.TryGetField(name, out var field))
        {
            return ignoreMissing
                ? null
                : throw Failure($"the Avro field '{name}' is not in the record schema '{record.Schema.Fullname}'.");
        }

        var type = StandardType(field.Schema)
            ?? throw Failure($"the Avro field '{name}' has schema type '{field.Schema.Tag}', which is not handled.");
        record.TryGetValue(name, out var avroValue);
        var value = StandardValue(field.Schema, avroValue);
        var standard = new ValueMeta("standard", type) { ConversionMask = target.ConversionMask };
        try
        {
            return ValueConverter.Convert(value, standard, target);
        }
        catch (HopException exception)
        {
            throw Failure($"converting Avro field '{name}' value '{value}' to {HopValueTypes.Name(target.Type)} failed: {exception.Message}", exception);
        }
    }

    /// <summary>The Hop type of an Avro schema, taking the first non-null branch of a union and the base type of a logical type.</summary>
    private static HopValueType? StandardType(Schema schema) => schema switch
    {
        LogicalSchema logical => StandardType(logical.BaseSchema),
        UnionSchema union => union.Schemas.Where(branch => branch.Tag != Schema.Type.Null)
            .Select(BasicType).FirstOrDefault(type => type is not null),
        _ => BasicType(schema),
    };

    private static HopValueType? BasicType(Schema schema) => schema.Tag switch
    {
        Schema.Type.Bytes => HopValueType.Binary,
        Schema.Type.Int or Schema.Type.Long => HopValueType.Integer,
        Schema.Type.Float or Schema.Type.Double => HopValueType.Number,
        Schema.Type.Boolean => HopValueType.Boolean,
        Schema.Type.String or Schema.Type.Record or Schema.Type.Array or Schema.Type.Map or Schema.Type.Fixed =>
            HopValueType.String,
        Schema.Type.Logical => BasicType(((LogicalSchema)schema).BaseSchema),
        _ => null,
    };

    /// <summary>Turns an Avro value into the long, double, bool, byte[] or string Hop's Avro decode produces.</summary>
    private static object? StandardValue(Schema schema, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (schema is LogicalSchema logical)
        {
            // Apache.Avro converts logical types such as dates and decimals, but Hop's generic reader keeps the base value.
            return StandardValue(logical.BaseSchema, logical.LogicalType.ConvertToBaseValue(value, logical));
        }

        return value switch
        {
            long or double or bool or byte[] or string => value,
            int number => (long)number,
            float number => (double)number,
            GenericFixed fixedValue => AvroText(fixedValue.Value),
            _ => AvroText(value),
        };
    }

    private static string AvroText(object value) =>
        value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private ValueMeta ReadTarget(XElement field)
    {
        var type = HopValueTypes.Parse(Resolve(field.Tag("target_type")));
        var name = Resolve(field.Tag("target_field_name")) is { Length: > 0 } target ? target : Resolve(field.Tag("source_field"));
        return new ValueMeta(name, type == HopValueType.None ? HopValueType.String : type)
        {
            ConversionMask = Resolve(field.Tag("target_format")) is { Length: > 0 } mask ? mask : null,
            Length = ParseInt(Resolve(field.Tag("target_length"))),
            Precision = ParseInt(Resolve(field.Tag("target_precision"))),
            Origin = Name,
        };
    }

    private static int ParseInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
