using System.IO.Compression;
using System.Text;

namespace Orleans.AsyncHop.WebFront.Formatting;

/// <summary>
/// Encodes log text as Hop does in status documents: UTF-8, GZIP, then Base64 in MIME lines of 76
/// characters, each ending with CRLF (the last one too).
/// </summary>
public static class HopLogEncoding
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }

        var base64 = Convert.ToBase64String(buffer.ToArray());
        var builder = new StringBuilder(base64.Length + (base64.Length / 76 * 2) + 2);
        for (var i = 0; i < base64.Length; i += 76)
        {
            builder.Append(base64, i, Math.Min(76, base64.Length - i)).Append("\r\n");
        }

        return builder.ToString();
    }

    public static string Decode(string encoded)
    {
        var bytes = Convert.FromBase64String(encoded.Replace("\r", string.Empty).Replace("\n", string.Empty));
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
