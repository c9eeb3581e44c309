using Avro.File;
using Snappier;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Avro;

/// <summary>
/// The "snappy" codec of Avro data files for reading: each block is Snappy-compressed data followed by the
/// 4-byte big-endian CRC32 of the uncompressed data. Apache.Avro ships no Snappy codec of its own.
/// </summary>
internal sealed class AvroSnappyCodec : Codec
{
    private static int registered;

    /// <summary>Registers the codec with Apache.Avro once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            RegisterResolver(name => name == "snappy" ? new AvroSnappyCodec() : null);
        }
    }

    public override byte[] Compress(byte[] uncompressedData) =>
        throw new NotSupportedException("Writing Snappy-compressed Avro data files is not supported.");

    public override void Compress(MemoryStream inputStream, MemoryStream outputStream) =>
        throw new NotSupportedException("Writing Snappy-compressed Avro data files is not supported.");

    // NOTE: the trailing CRC32 is skipped, not verified, so a corrupt block is caught only by Snappy itself.
    public override byte[] Decompress(byte[] compressedData, int length)
    {
        if (length < 4)
        {
            throw new InvalidDataException($"Snappy block of {length} byte(s) is too short for its CRC32 trailer.");
        }

        return Snappy.DecompressToArray(compressedData.AsSpan(0, length - 4));
    }

    public override string GetName() => "snappy";

    public override bool Equals(object? other) => other is AvroSnappyCodec;

    public override int GetHashCode() => GetName().GetHashCode(StringComparison.Ordinal);
}
