using System.Text.RegularExpressions;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;

/// <summary>
/// Hop's credit card verifier: the card type from the number's prefix and length, and the Luhn (mod 10)
/// checksum. The prefix rules and messages follow Hop's CreditCardVerifier, including its quirks. Its
/// six-digit prefixes (564182, 633110, 560221 to 560225) never match, because Hop compares them with the
/// first four digits. A number of fewer than four characters cannot be checked at all.
/// </summary>
public static partial class CreditCardCheck
{
    public const string NotValid = "This card is not valid!";

    public const string EmptyNumber = "Card number cannot be blank!";

    public const string OnlyNumbers = "Credit card number can only contain numbers";

    /// <summary>Checks one card number and returns whether it is valid, its type and why it is not valid.</summary>
    /// <exception cref="ArgumentException">The number has fewer than four characters.</exception>
    public static (bool Valid, string? CardType, string? NotValidMessage) Check(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return (false, null, EmptyNumber);
        }

        if (ForbiddenCharacter().IsMatch(number))
        {
            return (false, null, OnlyNumbers);
        }

        var card = CardOf(number);
        var luhn = LuhnValid(number);
        if (card is null)
        {
            return luhn ? (true, null, null) : (false, null, NotValid);
        }

        return luhn ? (true, card.Value.Name, null) : (false, null, card.Value.NotValidMessage);
    }

    /// <summary>True when every character is an ASCII digit and the Luhn checksum is a multiple of 10.</summary>
    public static bool LuhnValid(string number)
    {
        var checksum = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (number[i] is < '0' or > '9')
            {
                return false;
            }

            var digit = number[i] - '0';
            if ((number.Length - 1 - i) % 2 == 1)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            checksum += digit;
        }

        return checksum % 10 == 0;
    }

    private static (string Name, string NotValidMessage)? CardOf(string number)
    {
        if (number.Length < 4)
        {
            throw new ArgumentException($"the card number '{number}' has fewer than 4 characters, so its type cannot be checked.");
        }

        if (!IsJavaDouble(number))
        {
            return null;
        }

        var digit1 = number[..1];
        var digit2 = number[..2];
        var digit3 = number[..3];
        var digit4 = number[..4];
        var length = number.Length;

        // Hop's six-digit Switch and BankCard prefixes are left out: it compares them with the first four
        // digits, so they never match.
        if (digit4 is "4903" or "4905" or "4911" or "4936" or "6333" or "6759")
        {
            return length is 16 or 18 or 19 ? ("Switch", "Not a valid number for SWITCH") : null;
        }

        if (digit4 is "6304" or "6706" or "6771" or "6709")
        {
            return length is >= 16 and <= 19 ? ("Laser", "Not a valid LASER") : null;
        }

        if (digit1 == "4")
        {
            return length is 13 or 16 ? ("Visa", "Not a valid number for Visa.") : null;
        }

        if (string.CompareOrdinal(digit2, "51") >= 0 && string.CompareOrdinal(digit2, "55") <= 0)
        {
            return length == 16 ? ("Mastercard", "Not a valid number for Mastercard.") : null;
        }

        if (digit2 is "34" or "37")
        {
            return length == 15 ? ("American Express", "Not a valid number for American Express.") : null;
        }

        if (digit4 is "2014" or "2149")
        {
            return length == 15 ? ("En Route", "Not a valid number for En Route.") : null;
        }

        if (digit2 is "36" or "38" || (string.CompareOrdinal(digit3, "300") >= 0 && string.CompareOrdinal(digit3, "305") <= 0))
        {
            // Hop formats this message with MessageFormat, which drops the apostrophe of "Diner's".
            return length == 14
                ? ("Diner's CLub/HopServer Blanche", "Not a valid number for Diners CLub/Hop Server Blanche.")
                : null;
        }

        if (digit4 == "6011")
        {
            return length == 16 ? ("Discover", "Not a valid number for Discover") : null;
        }

        if (digit1 == "3")
        {
            return length == 16 ? ("JCB1", "Not a valid number for JCB1") : null;
        }

        if (digit4 is "2131" or "1800")
        {
            return length == 15 ? ("JCB2", "Not a valid number for JCB2") : null;
        }

        if (digit4 == "5610")
        {
            return length == 16 ? ("BankCard", "Not a valid bank card") : null;
        }

        if (digit4 is "5018" or "5020" or "5038" or "6761" or "6763")
        {
            return length is >= 12 and <= 19 ? ("Maestro", "Not a valid number for MAESTRO") : null;
        }

        if (digit4 is "6334" or "6767")
        {
            return length is 16 or 18 or 19 ? ("Solo", "Not a valid number for SOLO") : null;
        }

        if (digit3 is "192" or "122")
        {
            return ("Airplus", "Not a valid AIRPLUS");
        }

        return digit4 == "8699" && length == 15 ? ("Voyager", "Not a valid VOYAGER") : null;
    }

    /// <summary>
    /// Java's Double.valueOf for the characters that reach it here (ASCII digits, white space, '.' and '-'):
    /// surrounding white space is ignored and the rest must be a signed decimal number.
    /// </summary>
    private static bool IsJavaDouble(string number) => JavaDecimal().IsMatch(number.Trim(JavaTrimmed));

    private static readonly char[] JavaTrimmed = Enumerable.Range(0, 33).Select(c => (char)c).ToArray();

    [GeneratedRegex(@"[^0-9 \t\n\x0B\f\r.-]", RegexOptions.CultureInvariant)]
    private static partial Regex ForbiddenCharacter();

    [GeneratedRegex(@"\A[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex JavaDecimal();
}
