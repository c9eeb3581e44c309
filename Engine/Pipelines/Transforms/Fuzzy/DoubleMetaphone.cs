using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>
/// The primary Double Metaphone code of a word (4 characters at most), with the rules of Commons Codec's
/// DoubleMetaphone encoder. Hop's Fuzzy match compares only the primary code, so the alternate code is not
/// built. Empty or blank input gives null, as in Commons Codec.
/// </summary>
public static partial class DoubleMetaphone
{
    private const int MaxCodeLength = 4;
    private const string Vowels = "AEIOUY";
    private static readonly string[] SilentStart = ["GN", "KN", "PN", "WR", "PS"];
    private static readonly string[] LRNMBHFVWSpace = ["L", "R", "N", "M", "B", "H", "F", "V", "W", " "];
    private static readonly string[] GeStarts = ["ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER"];
    private static readonly string[] LTKSNMBZ = ["L", "T", "K", "S", "N", "M", "B", "Z"];

    public static string? Encode(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        value = value.ToUpperInvariant();
        var code = new Code();
        var slavoGermanic = value.Contains('W') || value.Contains('K') ||
            value.Contains("CZ", StringComparison.Ordinal) || value.Contains("WITZ", StringComparison.Ordinal);
        var index = SilentStart.Any(s => value.StartsWith(s, StringComparison.Ordinal)) ? 1 : 0;
        while (!code.IsComplete && index <= value.Length - 1)
        {
            index = value[index] switch
            {
                'A' or 'E' or 'I' or 'O' or 'U' or 'Y' => Vowel(code, index),
                'B' => Single(code, value, index, 'P', 'B'),
                '\u00C7' => Append(code, "S", index + 1),
                'C' => HandleC(value, code, index),
                'D' => HandleD(value, code, index),
                'F' => Single(code, value, index, 'F', 'F'),
                'G' => HandleG(value, code, index, slavoGermanic),
                'H' => HandleH(value, code, index),
                'J' => HandleJ(value, code, index, slavoGermanic),
                'K' => Single(code, value, index, 'K', 'K'),
                'L' => HandleL(value, code, index),
                'M' => Append(code, "M", ConditionM0(value, index) ? index + 2 : index + 1),
                'N' => Single(code, value, index, 'N', 'N'),
                '\u00D1' => Append(code, "N", index + 1),
                'P' => HandleP(value, code, index),
                'Q' => Single(code, value, index, 'K', 'Q'),
                'R' => HandleR(value, code, index, slavoGermanic),
                'S' => HandleS(value, code, index),
                'T' => HandleT(value, code, index),
                'V' => Single(code, value, index, 'F', 'V'),
                'W' => HandleW(value, code, index),
                'X' => HandleX(value, code, index),
                'Z' => HandleZ(value, code, index),
                _ => index + 1,
            };
        }

        return code.ToString();
    }

    private static int Vowel(Code code, int index)
    {
        if (index == 0)
        {
            code.Add("A");
        }

        return index + 1;
    }

    /// <summary>Appends a letter's code and skips a doubled letter.</summary>
    private static int Single(Code code, string value, int index, char output, char doubled)
    {
        code.Add(output.ToString());
        return CharAt(value, index + 1) == doubled ? index + 2 : index + 1;
    }

    private static int Append(Code code, string output, int next)
    {
        code.Add(output);
        return next;
    }

    private static char CharAt(string value, int index) => index < 0 || index >= value.Length ? '\0' : value[index];

    private static bool IsVowel(char c) => c != '\0' && Vowels.Contains(c);

    private static bool Contains(string value, int start, int length, params string[] criteria)
    {
        if (start < 0 || start + length > value.Length)
        {
            return false;
        }

        var target = value.Substring(start, length);
        return criteria.Contains(target);
    }

    private static bool ConditionC0(string value, int index)
    {
        if (Contains(value, index, 4, "CHIA"))
        {
            return true;
        }

        if (index <= 1 || IsVowel(CharAt(value, index - 2)) || !Contains(value, index - 1, 3, "ACH"))
        {
            return false;
        }

        var c = CharAt(value, index + 2);
        return (c != 'I' && c != 'E') || Contains(value, index - 2, 6, "BACHER", "MACHER");
    }

    private static bool ConditionCH0(string value, int index)
    {
        if (index != 0)
        {
            return false;
        }

        if (!Contains(value, index + 1, 5, "HARAC", "HARIS") && !Contains(value, index + 1, 3, "HOR", "HYM", "HIA", "HEM"))
        {
            return false;
        }

        return !Contains(value, 0, 5, "CHORE");
    }

    private static bool ConditionCH1(string value, int index) =>
        Contains(value, 0, 4, "VAN ", "VON ") || Contains(value, 0, 3, "SCH") ||
        Contains(value, index - 2, 6, "ORCHES", "ARCHIT", "ORCHID") ||
        Contains(value, index + 2, 1, "T", "S") ||
        ((Contains(value, index - 1, 1, "A", "O", "U", "E") || index == 0) &&
         (Contains(value, index + 2, 1, LRNMBHFVWSpace) || index + 1 == value.Length - 1));

    private static bool ConditionM0(string value, int index)
    {
        if (CharAt(value, index + 1) == 'M')
        {
            return true;
        }

        return Contains(value, index - 1, 3, "UMB") && (index + 1 == value.Length - 1 || Contains(value, index + 2, 2, "ER"));
    }

    /// <summary>The primary code under construction, cut at the maximum code length.</summary>
    private sealed class Code
    {
        private readonly StringBuilder primary = new(MaxCodeLength);

        public bool IsComplete => primary.Length >= MaxCodeLength;

        public void Add(string text) => primary.Append(text.AsSpan(0, Math.Min(text.Length, MaxCodeLength - primary.Length)));

        public override string ToString() => primary.ToString();
    }
}
