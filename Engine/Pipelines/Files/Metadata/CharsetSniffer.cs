using System.Text;
using UtfUnknown;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Detects the character set of a file with the Mozilla universal charset detector (the UTF.Unknown port),
/// as Hop does with juniversalchardet, and names it with Java's canonical charset name.
/// </summary>
public static class CharsetSniffer
{
    private static readonly Dictionary<string, string> JavaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ascii"] = "US-ASCII",
        ["us-ascii"] = "US-ASCII",
        ["utf-8"] = "UTF-8",
        ["utf-16le"] = "UTF-16LE",
        ["utf-16be"] = "UTF-16BE",
        ["utf-32le"] = "UTF-32LE",
        ["utf-32be"] = "UTF-32BE",
        ["big5"] = "Big5",
        ["shift_jis"] = "Shift_JIS",
        ["gb18030"] = "GB18030",
        ["euc-jp"] = "EUC-JP",
        ["euc-kr"] = "EUC-KR",
        ["koi8-r"] = "KOI8-R",
    };

    /// <summary>
    /// Returns the detected charset name and its encoding, reading at most <paramref name="maxBytes"/> bytes
    /// (all of them when 0 or less); without a confident result the default charset is returned.
    /// </summary>
    public static (string Name, Encoding Encoding) Detect(string path, long maxBytes, string defaultCharset)
    {
        byte[] sample;
        using (var stream = File.OpenRead(path))
        {
            var size = maxBytes > 0 ? (int)Math.Min(stream.Length, maxBytes) : (int)stream.Length;
            sample = new byte[size];
            stream.ReadExactly(sample);
        }

        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected?.EncodingName is { } name && detected.Encoding is { } encoding)
        {
            return (JavaName(name), encoding);
        }

        return (defaultCharset, TextFileOpener.ResolveEncoding(defaultCharset));
    }

    private static string JavaName(string name)
    {
        if (JavaNames.TryGetValue(name, out var javaName))
        {
            return javaName;
        }

        return name.StartsWith("windows-", StringComparison.OrdinalIgnoreCase) ? name.ToLowerInvariant() : name.ToUpperInvariant();
    }
}
