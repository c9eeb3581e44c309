using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>Text encodings of the Calculator: hexadecimal, Base64 and URL encoding, with Hop's exact output.</summary>
internal static class CalculatorText
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Two hexadecimal digits per character, from the low byte of each UTF-16 unit.</summary>
    public static string ByteToHex(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(HexDigits[(c & 0xF0) >> 4]).Append(HexDigits[c & 0x0F]);
        }

        return builder.ToString();
    }

    /// <summary>Four hexadecimal digits per UTF-16 unit.</summary>
    public static string CharToHex(string text)
    {
        var builder = new StringBuilder(text.Length * 4);
        foreach (var c in text)
        {
            builder.Append(HexDigits[(c & 0xF000) >> 12]).Append(HexDigits[(c & 0x0F00) >> 8])
                .Append(HexDigits[(c & 0x00F0) >> 4]).Append(HexDigits[c & 0x000F]);
        }

        return builder.ToString();
    }

    /// <summary>Reads groups of hexadecimal digits (2 or 4 per character); a short first group is allowed.</summary>
    public static string HexToChars(string hex, int digitsPerChar)
    {
        var chars = new List<char>();
        var pending = hex.Length % digitsPerChar == 0 ? digitsPerChar : hex.Length % digitsPerChar;
        var next = 0;
        foreach (var c in hex)
        {
            var nibble = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                >= 'a' and <= 'f' => c - 'a' + 10,
                _ => throw new HopException($"invalid hex digit '{c}'."),
            };
            next = (next << 4) + nibble;
            if (--pending == 0)
            {
                chars.Add((char)next);
                next = 0;
                pending = digitsPerChar;
            }
        }

        return new string(chars.ToArray());
    }

    /// <summary>Decodes Base64 as Java's basic decoder does, where the padding is optional.</summary>
    public static byte[] Base64Decode(string text)
    {
        var padded = text.Length % 4 == 0 ? text : text + new string('=', 4 - (text.Length % 4));
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException exception)
        {
            throw new HopException($"'{text}' is not valid Base64: {exception.Message}", exception);
        }
    }

    public static string Base64Encode(byte[] bytes, bool padded)
    {
        var text = Convert.ToBase64String(bytes);
        return padded ? text : text.TrimEnd('=');
    }

    /// <summary>Form URL encoding as Commons Codec's URLCodec: letters, digits and -_.* stay, space becomes '+'.</summary>
    public static string UrlEncode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '*')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0x0F]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="UrlEncode"/>; returns null for a malformed escape, as Hop does.</summary>
    public static string? UrlDecode(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= text.Length || !Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    public static bool IsWellFormedXml(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            System.Xml.Linq.XDocument.Parse(text);
            return true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
