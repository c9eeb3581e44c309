using System.Security.Cryptography;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Generate random value: adds random numbers (0 to 1), integers, base-32 strings, UUIDs and the HMAC of an
/// empty message under a fresh random key (MD5, SHA-1, SHA-256, SHA-384, SHA-512) to each input row, or
/// writes one such row without input. Numbers, integers and strings come from java.util.Random's sequence,
/// so a seed gives Hop's values.
/// </summary>
[Transform("RandomValue")]
public sealed class RandomValueTransform : TransformBase
{
    private static readonly Dictionary<string, (HopValueType Type, int Length, int Precision)> Kinds =
        new(StringComparer.Ordinal)
        {
            ["random number"] = (HopValueType.Number, 10, 5),
            ["random integer"] = (HopValueType.Integer, 10, 0),
            ["random string"] = (HopValueType.String, 13, 0),
            ["random uuid"] = (HopValueType.String, 36, 0),
            ["random uuid4"] = (HopValueType.String, 36, 0),
            ["random machmacmd5"] = (HopValueType.String, 100, 0),
            ["random machmacsha1"] = (HopValueType.String, 100, 0),
            ["random machmacsha256"] = (HopValueType.String, 100, 0),
            ["random machmacsha384"] = (HopValueType.String, 100, 0),
            ["random machmacsha512"] = (HopValueType.String, 100, 0),
        };

    private readonly List<(ValueMeta Meta, string Kind)> fields = [];
    private JavaRandom random = null!;

    public override void Init()
    {
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var name = Resolve(field.Tag("name"));
            var kind = field.TagOrEmpty("type");
            if (!Kinds.TryGetValue(kind, out var spec))
            {
                throw Failure($"the random type '{kind}' of field '{name}' is invalid; expected one of {string.Join(", ", Kinds.Keys)}.");
            }

            fields.Add((new ValueMeta(name, spec.Type) { Length = spec.Length, Precision = spec.Precision }, kind));
        }

        var seed = Meta.Element.Tag("seed");
        random = string.IsNullOrEmpty(seed) ? new JavaRandom() : new JavaRandom(long.TryParse(Resolve(seed), out var value) ? value : 0);
        if (!HasMainInput)
        {
            OutputRowMeta = BuildOutputMeta(RowMeta.Empty);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        HasMainInput && inputMeta is null ? null : BuildOutputMeta(inputMeta ?? RowMeta.Empty);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!HasMainInput)
        {
            await PutRowAsync(OutputRowMeta!, Fill([], OutputRowMeta!.Count), cancellationToken);
            return;
        }

        RowMeta? layoutFor = null;
        RowMeta? layout = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (!ReferenceEquals(layoutFor, InputRowMeta))
            {
                layoutFor = InputRowMeta;
                layout = BuildOutputMeta(InputRowMeta!);
            }

            await PutRowAsync(layout!, Fill(row, layout!.Count), cancellationToken);
        }
    }

    private object?[] Fill(object?[] input, int size)
    {
        var row = RowMeta.Resize(input, size);
        var index = size - fields.Count;
        foreach (var (_, kind) in fields)
        {
            row[index++] = kind switch
            {
                "random number" => random.NextDouble(),
                "random integer" => (long)random.NextInt(),
                "random string" => ToBase32(Math.Abs(random.NextLong())),
                "random uuid" or "random uuid4" => Guid.NewGuid().ToString(),
                "random machmacmd5" => Hex(HMACMD5.HashData(RandomNumberGenerator.GetBytes(64), Array.Empty<byte>())),
                "random machmacsha1" => Hex(HMACSHA1.HashData(RandomNumberGenerator.GetBytes(64), Array.Empty<byte>())),
                "random machmacsha256" => Hex(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), Array.Empty<byte>())),
                "random machmacsha384" => Hex(HMACSHA384.HashData(RandomNumberGenerator.GetBytes(48), Array.Empty<byte>())),
                _ => Hex(HMACSHA512.HashData(RandomNumberGenerator.GetBytes(64), Array.Empty<byte>())),
            };
        }

        return row;
    }

    /// <summary>Formats like Java's Long.toString(value, 32); Math.abs(Long.MIN_VALUE) stays negative there too.</summary>
    private static string ToBase32(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuv";
        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        var buffer = new char[14];
        var position = buffer.Length;
        while (value != 0)
        {
            buffer[--position] = digits[(int)Math.Abs(value % 32)];
            value /= 32;
        }

        return (negative ? "-" : string.Empty) + new string(buffer, position, buffer.Length - position);
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    private RowMeta BuildOutputMeta(RowMeta inputMeta) => new(inputMeta.Fields.Concat(fields.Select(f => f.Meta)));
}
