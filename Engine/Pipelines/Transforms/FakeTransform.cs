using System.Globalization;
using Bogus;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Faking;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Fake data: appends generated values (names, addresses, numbers, hashes, ...) to every input row. Hop
/// draws them with Java Faker in the configured locale; this engine draws them with Bogus, so the values
/// differ but each field has the type and range of the Java Faker method it names.
/// </summary>
[Transform("Fake")]
public sealed class FakeTransform : TransformBase
{
    private readonly List<(ValueMeta Meta, FakeGenerator Generator, object[] Arguments)> fields = [];
    private Faker faker = null!;
    private RowMeta? outputMeta;

    public override void Init()
    {
        faker = FakeGenerators.CreateFaker(Resolve(Meta.Element.TagOrEmpty("locale")));
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var name = field.TagOrEmpty("name");
            var type = field.TagOrEmpty("type");
            var topic = field.TagOrEmpty("topic");
            if (name.Length == 0 || type.Length == 0 || topic.Length == 0)
            {
                continue;
            }

            var arguments = field.Element("arguments")?.Elements("argument")
                .Select(a => ConvertArgument(name, a.TagOrEmpty("type"), Resolve(a.TagOrEmpty("value"))))
                .ToArray() ?? [];
            var generator = FakeGenerators.Find(type, topic, arguments.Length)
                ?? throw Failure($"the fake data generator '{type}.{topic}' with {arguments.Length} argument(s) of field '{name}' is not supported by this engine.");
            fields.Add((new ValueMeta(name, generator.Type), generator, arguments));
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null ? null : inputMeta.Add(fields.Select(f => f.Meta).ToArray());

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        if (outputMeta is null)
        {
            outputMeta = inputMeta.Add(fields.Select(f => f.Meta).ToArray());
        }

        var output = RowMeta.Resize(row, outputMeta.Count);
        var index = inputMeta.Count;
        foreach (var (meta, generator, arguments) in fields)
        {
            try
            {
                output[index++] = generator.Produce(faker, arguments);
            }

            // Bogus rejects out-of-range arguments such as a negative count.
            catch (ArgumentException exception)
            {
                var values = string.Join(", ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)));
                throw Failure($"the arguments ({values}) of field '{meta.Name}' are invalid: {exception.Message}", exception);
            }
        }

        return PutRowAsync(outputMeta, output, cancellationToken);
    }

    /// <summary>Converts an argument from its Java type name (int, long, double, boolean, string, ...), as Hop does.</summary>
    private object ConvertArgument(string field, string type, string value)
    {
        var text = value.Trim();
        try
        {
            return type switch
            {
                "int" or "short" or "byte" => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "long" => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "double" or "float" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                "boolean" => text.Equals("true", StringComparison.OrdinalIgnoreCase),
                "char" => text.Length == 0 ? ' ' : text[0],
                "string" => value,
                _ => throw Failure($"the argument type '{type}' of field '{field}' is not supported by this engine."),
            };
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            throw Failure($"the argument value '{value}' of field '{field}' is not a valid {type}.", exception);
        }
    }
}
