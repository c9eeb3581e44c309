using System.Globalization;
using System.Text.RegularExpressions;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Sampling;

/// <summary>
/// Reads the integer shorthand Hop accepts in some count settings (Const.expandIntegerString in Hop 2.20):
/// grouping separators ("1,000", "1 000", "1_000", "1.000.000"), magnitude suffixes k, m, g and b
/// ("2.5k"), and powers of ten ("1e6", "3x10^4", "10^6"). Fractions are cut toward zero.
/// </summary>
internal static partial class ExpandedInteger
{
    /// <summary>Returns the value as plain integer text, or null when the text is not such a number.</summary>
    public static string? Expand(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return null;
        }

        try
        {
            var scientific = ScientificPattern().Match(trimmed);
            if (scientific.Success)
            {
                var coefficientText = scientific.Groups[2].Success ? scientific.Groups[2].Value : scientific.Groups[3].Value;
                var coefficient = coefficientText.Length == 0 ? 1m : ParseCoefficient(coefficientText);
                var exponent = int.Parse(scientific.Groups[4].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                return Format(scientific.Groups[1].Value, coefficient * Pow10(exponent));
            }

            var suffixed = SuffixPattern().Match(trimmed);
            if (suffixed.Success)
            {
                var body = suffixed.Groups[2].Value.Trim();
                if (body.Length == 0)
                {
                    return null;
                }

                var multiplier = char.ToLowerInvariant(suffixed.Groups[3].Value[0]) switch
                {
                    'k' => 1_000m,
                    'm' => 1_000_000m,
                    _ => 1_000_000_000m,
                };
                return Format(suffixed.Groups[1].Value, ParseCoefficient(body) * multiplier);
            }

            var sign = string.Empty;
            var digits = trimmed;
            if (digits[0] is '+' or '-')
            {
                sign = digits[0] == '-' ? "-" : string.Empty;
                digits = digits[1..].Trim();
            }

            digits = StripGrouping(digits);
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            {
                return null;
            }

            return sign + long.Parse(digits, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return null;
        }
    }

    private static decimal ParseCoefficient(string body)
    {
        var text = body.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        var separator = Math.Max(text.LastIndexOf('.'), text.LastIndexOf(','));
        if (separator >= 0)
        {
            var integerPart = text[..separator].Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            var fractionPart = text[(separator + 1)..].Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
            integerPart = integerPart.Length == 0 ? "0" : integerPart;
            if (!integerPart.All(char.IsAsciiDigit) || !fractionPart.All(char.IsAsciiDigit))
            {
                throw new FormatException($"invalid coefficient '{body}'");
            }

            return decimal.Parse(integerPart + "." + fractionPart, CultureInfo.InvariantCulture);
        }

        text = StripGrouping(text);
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            throw new FormatException($"invalid coefficient '{body}'");
        }

        return decimal.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string StripGrouping(string body)
    {
        var text = body.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace(",", string.Empty, StringComparison.Ordinal);
        return ThousandsPattern().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10m : result / 10m;
        }

        return result;
    }

    private static string Format(string sign, decimal value)
    {
        var truncated = decimal.Truncate(value);
        if (truncated > long.MaxValue)
        {
            throw new OverflowException("the expanded value is out of the long range");
        }

        var number = (long)truncated;
        return (sign == "-" ? -number : number).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^([+-]?)(?:([0-9][0-9_ .,]*[0-9]|[0-9])\s*[x×]\s*10\s*\^\s*|([0-9][0-9_ .,]*)\s*[eE]|10\s*\^\s*)([+-]?[0-9]+)$")]
    private static partial Regex ScientificPattern();

    [GeneratedRegex(@"^([+-]?)(.*?)\s*([kKmMgGbB])$")]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+$")]
    private static partial Regex ThousandsPattern();
}
