using System.Security.Cryptography;
using System.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Add a checksum: hashes the Java text of the listed fields (all fields when none are listed), joined by
/// the separator between prefix and suffix. CRC32 and ADLER32 give an Integer; the digests give text with
/// the decimal bytes joined by '-', lowercase hexadecimal, or binary. Rows with no value at all get null.
/// </summary>
[Transform("CheckSum")]
public sealed class CheckSumTransform : TransformBase
{
    private List<string> fields = [];
    private string resultField = string.Empty;
    private string type = "CRC32";
    private string resultType = "string";
    private string separator = string.Empty;
    private string prefix = string.Empty;
    private string suffix = string.Empty;
    private RowMeta? lastInput;
    private RowMeta? output;
    private int[] indexes = [];

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        resultField = Resolve(Meta.Element.Tag("resultfieldName"));
        if (string.IsNullOrEmpty(resultField))
        {
            throw Failure("the result field name is missing.");
        }

        type = (Meta.Element.Tag("checksumtype") ?? "CRC32").Trim().ToUpperInvariant() switch
        {
            "SHA1" => "SHA-1",
            "SHA256" => "SHA-256",
            "SHA384" => "SHA-384",
            "SHA512" => "SHA-512",
            var code => code,
        };
        if (type is not ("CRC32" or "ADLER32" or "MD5" or "SHA-1" or "SHA-256" or "SHA-384" or "SHA-512"))
        {
            throw Failure($"the checksum type '{type}' is not one of CRC32, ADLER32, MD5, SHA-1, SHA-256, SHA-384 or SHA-512.");
        }

        resultType = (Meta.Element.Tag("resultType") ?? "string").Trim().ToLowerInvariant();
        separator = Resolve(Meta.Element.Tag("separator"));
        prefix = Resolve(Meta.Element.Tag("prefix"));
        suffix = Resolve(Meta.Element.Tag("suffix"));
    }

    private ValueMeta ResultMeta() => type is "CRC32" or "ADLER32"
        ? new ValueMeta(resultField, HopValueType.Integer)
        : new ValueMeta(resultField, resultType == "binary" ? HopValueType.Binary : HopValueType.String);

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta?.Add(ResultMeta());

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = input.Add(ResultMeta());
            indexes = fields.Count == 0
                ? Enumerable.Range(0, input.Count).ToArray()
                : fields.Select(f => input.RequireIndex(f, Name)).ToArray();
        }

        var result = RowMeta.Resize(row, output!.Count);
        var bytes = Content(row);
        result[input.Count] = bytes is null ? null : Compute(bytes);
        return PutRowAsync(output, result, cancellationToken);
    }

    private byte[]? Content(object?[] row)
    {
        using var stream = new MemoryStream();
        var any = false;
        var fieldAdded = false;
        if (prefix.Length > 0)
        {
            stream.Write(Encoding.UTF8.GetBytes(prefix));
            any = true;
        }

        foreach (var index in indexes)
        {
            var value = row[index];
            var bytes = value is byte[] binary ? binary : JavaValueText.ToJavaString(value) is { } text ? Encoding.UTF8.GetBytes(text) : null;
            if (bytes is null)
            {
                continue;
            }

            if (fieldAdded && separator.Length > 0)
            {
                stream.Write(Encoding.UTF8.GetBytes(separator));
            }

            stream.Write(bytes);
            fieldAdded = true;
            any = true;
        }

        if (suffix.Length > 0)
        {
            stream.Write(Encoding.UTF8.GetBytes(suffix));
            any = true;
        }

        return any ? stream.ToArray() : null;
    }

    private object Compute(byte[] content)
    {
        switch (type)
        {
            case "CRC32":
                return Calculations.Checksums.Crc32(content);
            case "ADLER32":
                return Calculations.Checksums.Adler32(content);
        }

        var digest = type switch
        {
            "MD5" => MD5.HashData(content),
            "SHA-1" => SHA1.HashData(content),
            "SHA-256" => SHA256.HashData(content),
            "SHA-384" => SHA384.HashData(content),
            _ => SHA512.HashData(content),
        };
        return resultType switch
        {
            "binary" => digest,
            "hexadecimal" => Convert.ToHexStringLower(digest),
            _ => string.Join("-", digest.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
    }
}
