namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>
/// Letter rules of Double Metaphone for S to Z; each returns the index of the next letter to encode. The
/// Slavo-Germanic rules of S and Z change only the alternate code, so these take no such flag.
/// </summary>
public static partial class DoubleMetaphone
{
    private static int HandleS(string value, Code code, int index)
    {
        if (Contains(value, index - 1, 3, "ISL", "YSL"))
        {
            return index + 1;
        }

        if (index == 0 && Contains(value, index, 5, "SUGAR"))
        {
            return Append(code, "X", index + 1);
        }

        if (Contains(value, index, 2, "SH"))
        {
            var germanic = Contains(value, index + 1, 4, "HEIM", "HOEK", "HOLM", "HOLZ");
            return Append(code, germanic ? "S" : "X", index + 2);
        }

        if (Contains(value, index, 3, "SIO", "SIA") || Contains(value, index, 4, "SIAN"))
        {
            return Append(code, "S", index + 3);
        }

        if ((index == 0 && Contains(value, index + 1, 1, "M", "N", "L", "W")) || Contains(value, index + 1, 1, "Z"))
        {
            return Append(code, "S", Contains(value, index + 1, 1, "Z") ? index + 2 : index + 1);
        }

        if (Contains(value, index, 2, "SC"))
        {
            return HandleSC(value, code, index);
        }

        var alternateOnly = index == value.Length - 1 && Contains(value, index - 2, 2, "AI", "OI");
        if (!alternateOnly)
        {
            code.Add("S");
        }

        return Contains(value, index + 1, 1, "S", "Z") ? index + 2 : index + 1;
    }

    private static int HandleSC(string value, Code code, int index)
    {
        if (CharAt(value, index + 2) == 'H')
        {
            if (Contains(value, index + 3, 2, "OO", "ER", "EN", "UY", "ED", "EM"))
            {
                code.Add(Contains(value, index + 3, 2, "ER", "EN") ? "X" : "SK");
            }
            else
            {
                code.Add("X");
            }
        }
        else
        {
            code.Add(Contains(value, index + 2, 1, "I", "E", "Y") ? "S" : "SK");
        }

        return index + 3;
    }

    private static int HandleT(string value, Code code, int index)
    {
        if (Contains(value, index, 4, "TION") || Contains(value, index, 3, "TIA", "TCH"))
        {
            return Append(code, "X", index + 3);
        }

        if (Contains(value, index, 2, "TH") || Contains(value, index, 3, "TTH"))
        {
            var hard = Contains(value, index + 2, 2, "OM", "AM") || Contains(value, 0, 4, "VAN ", "VON ") ||
                Contains(value, 0, 3, "SCH");
            return Append(code, hard ? "T" : "0", index + 2);
        }

        return Append(code, "T", Contains(value, index + 1, 1, "T", "D") ? index + 2 : index + 1);
    }

    private static int HandleW(string value, Code code, int index)
    {
        if (Contains(value, index, 2, "WR"))
        {
            return Append(code, "R", index + 2);
        }

        if (index == 0 && (IsVowel(CharAt(value, index + 1)) || Contains(value, index, 2, "WH")))
        {
            return Append(code, "A", index + 1);
        }

        if ((index == value.Length - 1 && IsVowel(CharAt(value, index - 1))) ||
            Contains(value, index - 1, 5, "EWSKI", "EWSKY", "OWSKI", "OWSKY") ||
            Contains(value, 0, 3, "SCH"))
        {
            // Only the alternate code gets an F here.
            return index + 1;
        }

        return Contains(value, index, 4, "WICZ", "WITZ") ? Append(code, "TS", index + 4) : index + 1;
    }

    private static int HandleX(string value, Code code, int index)
    {
        if (index == 0)
        {
            return Append(code, "S", index + 1);
        }

        var silent = index == value.Length - 1 &&
            (Contains(value, index - 3, 3, "IAU", "EAU") || Contains(value, index - 2, 2, "AU", "OU"));
        if (!silent)
        {
            code.Add("KS");
        }

        return Contains(value, index + 1, 1, "C", "X") ? index + 2 : index + 1;
    }

    private static int HandleZ(string value, Code code, int index)
    {
        if (CharAt(value, index + 1) == 'H')
        {
            return Append(code, "J", index + 2);
        }

        return Append(code, "S", CharAt(value, index + 1) == 'Z' ? index + 2 : index + 1);
    }
}
