using System.Security.Cryptography;
using Orleans.AsyncHop.Engine.Values;
using static Orleans.AsyncHop.Engine.Values.HopValueType;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>
/// Calculations on the file named by argument A: checksums, digests, content and an XML check. A missing
/// file fails the row when "fail if no file" is set; otherwise checksums give 0 and the others null.
/// </summary>
internal static class CalculatorFiles
{
    private static readonly Dictionary<string, (HopValueType Type, Func<CalculationInput, CalculationResult> Calculate)> Calculations =
        new(StringComparer.Ordinal)
        {
            ["CRC32"] = (Integer, i => new(Integer, Read(i, 0L, bytes => Checksums.Crc32(bytes)))),
            ["ADLER32"] = (Integer, i => new(Integer, Read(i, 0L, bytes => Checksums.Adler32(bytes)))),
            ["MD5"] = (HopValueType.String, i => new(HopValueType.String, Read(i, null, bytes => Convert.ToHexStringLower(MD5.HashData(bytes))))),
            ["SHA1"] = (HopValueType.String, i => new(HopValueType.String, Read(i, null, bytes => Convert.ToHexStringLower(SHA1.HashData(bytes))))),
            ["SHA256"] = (HopValueType.String, i => new(HopValueType.String, Read(i, null, bytes => Convert.ToHexStringLower(SHA256.HashData(bytes))))),
            ["SHA384"] = (HopValueType.String, i => new(HopValueType.String, Read(i, null, bytes => Convert.ToHexStringLower(SHA384.HashData(bytes))))),
            ["SHA512"] = (HopValueType.String, i => new(HopValueType.String, Read(i, null, bytes => Convert.ToHexStringLower(SHA512.HashData(bytes))))),
            ["LOAD_FILE_CONTENT_BINARY"] = (Binary, i => new(Binary, Read(i, null, bytes => bytes))),
            ["CHECK_XML_FILE_WELL_FORMED"] = (HopValueType.Boolean, i => new(HopValueType.Boolean, Read(i, false, bytes =>
                CalculatorText.IsWellFormedXml(System.Text.Encoding.UTF8.GetString(bytes))))),
        };

    public static (HopValueType Type, Func<CalculationInput, CalculationResult> Calculate)? Find(string code) =>
        Calculations.TryGetValue(code, out var calculation) ? calculation : null;

    private static object? Read<T>(CalculationInput input, T missing, Func<byte[], T> function)
    {
        var path = JavaValueText.ToJavaString(input.A.Value);
        if (path is null)
        {
            return missing;
        }

        var local = path.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? new Uri(path).LocalPath : path;
        if (!File.Exists(local))
        {
            return input.FailIfNoFile ? throw new HopException($"The file '{path}' does not exist.") : missing;
        }

        return function(File.ReadAllBytes(local));
    }
}
