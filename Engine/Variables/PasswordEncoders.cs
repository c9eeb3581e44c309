using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Orleans.AsyncHop.Engine.Variables;

/// <summary>
/// Hop's two-way password encoders. "Hop" (the default) stores "Encrypted " plus the hex of the password
/// bytes XORed with a fixed seed; "AES2" stores "AES2 " plus base64 of a 12-byte IV and an AES-GCM
/// ciphertext keyed by the first 16 bytes of SHA-512(HOP_AES_ENCODER_KEY). The active encoder is read
/// from the variables (HOP_PASSWORD_ENCODER_PLUGIN), so a run never changes the encoder of another run.
/// </summary>
public static class PasswordEncoders
{
    public const string PluginVariable = "HOP_PASSWORD_ENCODER_PLUGIN";
    public const string AesKeyVariable = "HOP_AES_ENCODER_KEY";
    public const string AesKeyFileVariable = "HOP_AES_ENCODER_KEY_FILE";

    private const string HopPrefix = "Encrypted ";
    private const string AesPrefix = "AES2 ";
    private const string DefaultSeed = "0933910847463829827159347601486730416058";

    /// <summary>
    /// Decodes a value that carries the active encoder's prefix. Other values are returned unchanged.
    /// </summary>
    public static string? DecodeOptionallyEncrypted(string? text, VariableSpace variables)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var plugin = variables.Get(PluginVariable);
        if (string.Equals(plugin, "AES2", StringComparison.OrdinalIgnoreCase))
        {
            return text.StartsWith(AesPrefix, StringComparison.Ordinal)
                ? DecodeAes(text[AesPrefix.Length..], variables)
                : text;
        }

        return text.StartsWith(HopPrefix, StringComparison.Ordinal)
            ? DecodeHop(text[HopPrefix.Length..], variables)
            : text;
    }

    /// <summary>Encodes a password with the Hop encoder, prefix included.</summary>
    public static string EncodeHop(string password, VariableSpace variables)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: true) ^ Seed(variables);
        return HopPrefix + ToJavaHex(value);
    }

    /// <summary>Decodes Hop's hex form; text that is not hexadecimal decodes to "" as in Hop's encoder.</summary>
    private static string DecodeHop(string hex, VariableSpace variables)
    {
        BigInteger parsed;
        try
        {
            parsed = ParseJavaHex(hex);
        }
        catch (FormatException)
        {
            return string.Empty;
        }

        var value = parsed ^ Seed(variables);
        return Encoding.UTF8.GetString(value.ToByteArray(isUnsigned: false, isBigEndian: true));
    }

    private static string DecodeAes(string encoded, VariableSpace variables)
    {
        var keyText = variables.Get(AesKeyVariable);
        if (string.IsNullOrEmpty(keyText) && variables.Get(AesKeyFileVariable) is { Length: > 0 } file)
        {
            keyText = File.ReadAllText(variables.Resolve(file)).TrimEnd('\r', '\n');
        }

        if (string.IsNullOrEmpty(keyText))
        {
            throw new HopException(
                $"Cannot decode an AES2 password: set the variable {AesKeyVariable} or {AesKeyFileVariable}.");
        }

        var key = SHA512.HashData(Encoding.UTF8.GetBytes(variables.Resolve(keyText)))[..16];
        var data = Convert.FromBase64String(encoded);
        if (data.Length < 28)
        {
            throw new HopException("Cannot decode an AES2 password: the value is too short.");
        }

        var cipher = data[12..^16];
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(data[..12], cipher, data[^16..], plain);
        return Encoding.UTF8.GetString(plain);
    }

    private static BigInteger Seed(VariableSpace variables)
    {
        var seed = variables.Get("HOP_TWO_WAY_PASSWORD_ENCODER_SEED");
        return BigInteger.Parse(string.IsNullOrEmpty(seed) ? DefaultSeed : seed);
    }

    /// <summary>Java's BigInteger.toString(16): lower case, a minus sign for negative values.</summary>
    private static string ToJavaHex(BigInteger value)
    {
        if (value.Sign < 0)
        {
            return "-" + ToJavaHex(-value);
        }

        var hex = value.ToString("x").TrimStart('0');
        return hex.Length > 0 ? hex : "0";
    }

    private static BigInteger ParseJavaHex(string hex)
    {
        var negative = hex.StartsWith('-');
        var digits = negative ? hex[1..] : hex;
        var value = BigInteger.Parse("0" + digits, System.Globalization.NumberStyles.HexNumber);
        return negative ? -value : value;
    }
}
