using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>
/// The original Metaphone code of a word, limited to 4 characters, with the rules of Commons Codec's
/// Metaphone encoder (initial KN, GN, PN, AE, WR and WH, silent letters, TH as '0', and so on).
/// </summary>
public static class Metaphone
{
    private const int MaxCodeLength = 4;
    private const string Vowels = "AEIOU";
    private const string FrontVowels = "EIY";
    private const string Varson = "CSPTG";

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length == 1)
        {
            return text.ToUpperInvariant();
        }

        var word = Initials(text.ToUpperInvariant());
        var code = new StringBuilder(10);
        for (var n = 0; code.Length < MaxCodeLength && n < word.Length; n++)
        {
            var symbol = word[n];
            if (symbol == 'C' || !PreviousIs(word, n, symbol))
            {
                n = EncodeLetter(word, n, code);
            }

            if (code.Length > MaxCodeLength)
            {
                code.Length = MaxCodeLength;
            }
        }

        return code.ToString();
    }

    private static string Initials(string upper)
    {
        return upper[0] switch
        {
            'K' or 'G' or 'P' when upper[1] == 'N' => upper[1..],
            'A' when upper[1] == 'E' => upper[1..],
            'W' when upper[1] == 'R' => upper[1..],
            'W' when upper[1] == 'H' => "W" + upper[2..],
            'X' => "S" + upper[1..],
            _ => upper,
        };
    }

    /// <summary>Appends the code of the letter at <paramref name="n"/> and returns the index of the last letter used.</summary>
    private static int EncodeLetter(string word, int n, StringBuilder code)
    {
        var symbol = word[n];
        var last = n + 1 == word.Length;
        switch (symbol)
        {
            case 'A' or 'E' or 'I' or 'O' or 'U':
                if (n == 0)
                {
                    code.Append(symbol);
                }

                break;
            case 'B':
                if (!(PreviousIs(word, n, 'M') && last))
                {
                    code.Append('B');
                }

                break;
            case 'C':
                EncodeC(word, n, last, code);
                break;
            case 'D':
                if (n + 2 != word.Length && NextIs(word, n, 'G') && n + 2 < word.Length && FrontVowels.Contains(word[n + 2]))
                {
                    code.Append('J');
                    return n + 2;
                }

                code.Append('T');
                break;
            case 'G':
                EncodeG(word, n, last, code);
                break;
            case 'H':
                if (!last && !(n > 0 && Varson.Contains(word[n - 1])) && Vowels.Contains(word[n + 1]))
                {
                    code.Append('H');
                }

                break;
            case 'F' or 'J' or 'L' or 'M' or 'N' or 'R':
                code.Append(symbol);
                break;
            case 'K':
                if (n == 0 || !PreviousIs(word, n, 'C'))
                {
                    code.Append('K');
                }

                break;
            case 'P':
                code.Append(NextIs(word, n, 'H') ? 'F' : 'P');
                break;
            case 'Q':
                code.Append('K');
                break;
            case 'S':
                code.Append(RegionIs(word, n, "SH") || RegionIs(word, n, "SIO") || RegionIs(word, n, "SIA") ? 'X' : 'S');
                break;
            case 'T':
                if (RegionIs(word, n, "TIA") || RegionIs(word, n, "TIO"))
                {
                    code.Append('X');
                }
                else if (!RegionIs(word, n, "TCH"))
                {
                    code.Append(RegionIs(word, n, "TH") ? '0' : 'T');
                }

                break;
            case 'V':
                code.Append('F');
                break;
            case 'W' or 'Y':
                if (!last && Vowels.Contains(word[n + 1]))
                {
                    code.Append(symbol);
                }

                break;
            case 'X':
                code.Append("KS");
                break;
            case 'Z':
                code.Append('S');
                break;
        }

        return n;
    }

    private static void EncodeC(string word, int n, bool last, StringBuilder code)
    {
        if (PreviousIs(word, n, 'S') && !last && FrontVowels.Contains(word[n + 1]))
        {
            return;
        }

        if (PreviousIs(word, n, 'S') && NextIs(word, n, 'H'))
        {
            code.Append('K');
        }
        else if (RegionIs(word, n, "CIA") || NextIs(word, n, 'H'))
        {
            code.Append('X');
        }
        else
        {
            code.Append(!last && FrontVowels.Contains(word[n + 1]) ? 'S' : 'K');
        }
    }

    private static void EncodeG(string word, int n, bool last, StringBuilder code)
    {
        var beforeLast = n + 2 == word.Length;
        if (beforeLast && NextIs(word, n, 'H'))
        {
            return;
        }

        if (!beforeLast && NextIs(word, n, 'H') && !Vowels.Contains(word[n + 2]))
        {
            return;
        }

        if (n > 0 && (RegionIs(word, n, "GN") || RegionIs(word, n, "GNED")))
        {
            return;
        }

        var hard = PreviousIs(word, n, 'G');
        code.Append(!last && FrontVowels.Contains(word[n + 1]) && !hard ? 'J' : 'K');
    }

    private static bool NextIs(string word, int index, char c) => index >= 0 && index < word.Length - 1 && word[index + 1] == c;

    private static bool PreviousIs(string word, int index, char c) => index > 0 && index < word.Length && word[index - 1] == c;

    private static bool RegionIs(string word, int index, string test) =>
        index >= 0 && index + test.Length <= word.Length && string.CompareOrdinal(word, index, test, 0, test.Length) == 0;
}
