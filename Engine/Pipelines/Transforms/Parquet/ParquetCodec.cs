using Parquet;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Parquet;

/// <summary>A compression codec of Parquet output: its Parquet.Net method and the file name suffix Parquet-MR gives it.</summary>
internal sealed record ParquetCodec(CompressionMethod Method, string Extension)
{
    /// <summary>Parses Hop's codec names (Parquet-MR's CompressionCodecName); empty means UNCOMPRESSED.</summary>
    public static ParquetCodec Parse(string? name) => (name ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "" or "UNCOMPRESSED" => new(CompressionMethod.None, string.Empty),
        "SNAPPY" => new(CompressionMethod.Snappy, ".snappy"),
        "GZIP" => new(CompressionMethod.Gzip, ".gz"),
        "LZO" => new(CompressionMethod.Lzo, ".lzo"),
        "BROTLI" => new(CompressionMethod.Brotli, ".br"),
        "LZ4" => new(CompressionMethod.LZ4, ".lz4hadoop"),
        "ZSTD" => new(CompressionMethod.Zstd, ".zstd"),
        "LZ4_RAW" => new(CompressionMethod.Lz4Raw, ".lz4raw"),
        _ => throw new HopException(
            $"Unknown Parquet compression codec '{name}'; use UNCOMPRESSED, SNAPPY, GZIP, LZO, BROTLI, LZ4, ZSTD or LZ4_RAW."),
    };
}
