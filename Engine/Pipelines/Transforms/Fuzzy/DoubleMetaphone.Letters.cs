namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>Letter rules of Double Metaphone; each returns the index of the next letter to encode.</summary>
public static partial class DoubleMetaphone
{
    private static int HandleC(string value, Code code, int index)
    {
        if (ConditionC0(value, index))
        {
            return Append(code, "K", index + 2);
        }

        if (index == 0 && Contains(value, index, 6, "CAESAR"))
        {
            return Append(code, "S", index + 2);
        }

        if (Contains(value, index, 2, "CH"))
        {
            return HandleCH(value, code, index);
        }

        if (Contains(value, index, 2, "CZ") && !Contains(value, index - 2, 4, "WICZ"))
        {
            return Append(code, "S", index + 2);
        }

        if (Contains(value, index + 1, 3, "CIA"))
        {
            return Append(code, "X", index + 3);
        }

        if (Contains(value, index, 2, "CC") && !(index == 1 && CharAt(value, 0) == 'M'))
        {
            if (Contains(value, index + 2, 1, "I", "E", "H") && !Contains(value, index + 2, 2, "HU"))
            {
                var ks = (index == 1 && CharAt(value, index - 1) == 'A') || Contains(value, index - 1, 5, "UCCEE", "UCCES");
                return Append(code, ks ? "KS" : "X", index + 3);
            }

            return Append(code, "K", index + 2);
        }

        if (Contains(value, index, 2, "CK", "CG", "CQ"))
        {
            return Append(code, "K", index + 2);
        }

        if (Contains(value, index, 2, "CI", "CE", "CY"))
        {
            return Append(code, "S", index + 2);
        }

        code.Add("K");
        if (Contains(value, index + 1, 2, " C", " Q", " G"))
        {
            return index + 3;
        }

        return Contains(value, index + 1, 1, "C", "K", "Q") && !Contains(value, index + 1, 2, "CE", "CI") ? index + 2 : index + 1;
    }

    private static int HandleCH(string value, Code code, int index)
    {
        if (index > 0 && Contains(value, index, 4, "CHAE"))
        {
            return Append(code, "K", index + 2);
        }

        if (ConditionCH0(value, index) || ConditionCH1(value, index))
        {
            return Append(code, "K", index + 2);
        }

        var primary = index > 0 && Contains(value, 0, 2, "MC") ? "K" : "X";
        return Append(code, primary, index + 2);
    }

    private static int HandleD(string value, Code code, int index)
    {
        if (Contains(value, index, 2, "DG"))
        {
            return Contains(value, index + 2, 1, "I", "E", "Y") ? Append(code, "J", index + 3) : Append(code, "TK", index + 2);
        }

        return Append(code, "T", Contains(value, index, 2, "DT", "DD") ? index + 2 : index + 1);
    }

    private static int HandleG(string value, Code code, int index, bool slavoGermanic)
    {
        if (CharAt(value, index + 1) == 'H')
        {
            return HandleGH(value, code, index);
        }

        if (CharAt(value, index + 1) == 'N')
        {
            var primary = index == 1 && IsVowel(CharAt(value, 0)) && !slavoGermanic ? "KN"
                : !Contains(value, index + 2, 2, "EY") && CharAt(value, index + 1) != 'Y' && !slavoGermanic ? "N"
                : "KN";
            return Append(code, primary, index + 2);
        }

        if (Contains(value, index + 1, 2, "LI") && !slavoGermanic)
        {
            return Append(code, "KL", index + 2);
        }

        if (index == 0 && (CharAt(value, index + 1) == 'Y' || Contains(value, index + 1, 2, GeStarts)))
        {
            return Append(code, "K", index + 2);
        }

        if ((Contains(value, index + 1, 2, "ER") || CharAt(value, index + 1) == 'Y') &&
            !Contains(value, 0, 6, "DANGER", "RANGER", "MANGER") &&
            !Contains(value, index - 1, 1, "E", "I") &&
            !Contains(value, index - 1, 3, "RGY", "OGY"))
        {
            return Append(code, "K", index + 2);
        }

        if (Contains(value, index + 1, 1, "E", "I", "Y") || Contains(value, index - 1, 4, "AGGI", "OGGI"))
        {
            var hard = Contains(value, 0, 4, "VAN ", "VON ") || Contains(value, 0, 3, "SCH") || Contains(value, index + 1, 2, "ET");
            return Append(code, hard ? "K" : "J", index + 2);
        }

        return Append(code, "K", CharAt(value, index + 1) == 'G' ? index + 2 : index + 1);
    }

    private static int HandleGH(string value, Code code, int index)
    {
        if (index > 0 && !IsVowel(CharAt(value, index - 1)))
        {
            return Append(code, "K", index + 2);
        }

        if (index == 0)
        {
            return Append(code, CharAt(value, index + 2) == 'I' ? "J" : "K", index + 2);
        }

        if ((index > 1 && Contains(value, index - 2, 1, "B", "H", "D")) ||
            (index > 2 && Contains(value, index - 3, 1, "B", "H", "D")) ||
            (index > 3 && Contains(value, index - 4, 1, "B", "H")))
        {
            return index + 2;
        }

        if (index > 2 && CharAt(value, index - 1) == 'U' && Contains(value, index - 3, 1, "C", "G", "L", "R", "T"))
        {
            code.Add("F");
        }
        else if (CharAt(value, index - 1) != 'I')
        {
            code.Add("K");
        }

        return index + 2;
    }

    private static int HandleH(string value, Code code, int index) =>
        (index == 0 || IsVowel(CharAt(value, index - 1))) && IsVowel(CharAt(value, index + 1))
            ? Append(code, "H", index + 2)
            : index + 1;

    private static int HandleJ(string value, Code code, int index, bool slavoGermanic)
    {
        if (Contains(value, index, 4, "JOSE") || Contains(value, 0, 4, "SAN "))
        {
            var h = (index == 0 && CharAt(value, index + 4) == ' ') || value.Length == 4 || Contains(value, 0, 4, "SAN ");
            return Append(code, h ? "H" : "J", index + 1);
        }

        if (index == 0 && !Contains(value, index, 4, "JOSE"))
        {
            code.Add("J");
        }
        else if (IsVowel(CharAt(value, index - 1)) && !slavoGermanic &&
                 (CharAt(value, index + 1) == 'A' || CharAt(value, index + 1) == 'O'))
        {
            code.Add("J");
        }
        else if (index == value.Length - 1)
        {
            code.Add("J");
        }
        else if (!Contains(value, index + 1, 1, LTKSNMBZ) && !Contains(value, index - 1, 1, "S", "K", "L"))
        {
            code.Add("J");
        }

        return CharAt(value, index + 1) == 'J' ? index + 2 : index + 1;
    }

    private static int HandleL(string value, Code code, int index)
    {
        // A doubled L that meets condition L0 has only an alternate code, so the primary code gets an L either way.
        return Append(code, "L", CharAt(value, index + 1) == 'L' ? index + 2 : index + 1);
    }

    private static int HandleP(string value, Code code, int index)
    {
        if (CharAt(value, index + 1) == 'H')
        {
            return Append(code, "F", index + 2);
        }

        return Append(code, "P", Contains(value, index + 1, 1, "P", "B") ? index + 2 : index + 1);
    }

    private static int HandleR(string value, Code code, int index, bool slavoGermanic)
    {
        var alternateOnly = index == value.Length - 1 && !slavoGermanic &&
            Contains(value, index - 2, 2, "IE") && !Contains(value, index - 4, 2, "ME", "MA");
        if (!alternateOnly)
        {
            code.Add("R");
        }

        return CharAt(value, index + 1) == 'R' ? index + 2 : index + 1;
    }
}
