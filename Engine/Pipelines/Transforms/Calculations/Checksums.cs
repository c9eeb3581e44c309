namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>CRC-32 and Adler-32 with the results of java.util.zip.</summary>
public static class Checksums
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    public static long Crc32(byte[] content)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in content)
        {
            crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    public static long Adler32(byte[] content)
    {
        const uint Modulus = 65521;
        uint a = 1;
        uint b = 0;
        foreach (var value in content)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return ((long)b << 16) | a;
    }
}
