namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;

/// <summary>
/// The similarity and distance measures of Hop's Fuzzy match that come from the SecondString library
/// (Jaro, Jaro-Winkler, Needleman-Wunsch) and Simon White's letter pair similarity, computed as those
/// implementations define them.
/// </summary>
public static class SimilarityScores
{
    /// <summary>
    /// SecondString's Jaro score of the lower-cased strings. Common characters are searched within half the
    /// shorter length plus one on either side, and strings with no common characters score 0.
    /// </summary>
    public static double Jaro(string left, string right)
    {
        var one = left.ToLowerInvariant();
        var two = right.ToLowerInvariant();
        var window = Math.Min(one.Length, two.Length) / 2 + 1;
        var common1 = CommonCharacters(one, two, window);
        var common2 = CommonCharacters(two, one, window);
        if (common1.Length != common2.Length || common1.Length == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (var i = 0; i < common1.Length; i++)
        {
            if (common1[i] != common2[i])
            {
                transpositions++;
            }
        }

        transpositions /= 2;
        return (common1.Length / (double)one.Length + common2.Length / (double)two.Length +
            (common1.Length - transpositions) / (double)common1.Length) / 3.0;
    }

    /// <summary>SecondString's Jaro-Winkler: the Jaro score raised by 0.1 of the remainder per common prefix character, up to 4.</summary>
    public static double JaroWinkler(string left, string right)
    {
        var score = Jaro(left, right);
        var one = left.ToLowerInvariant();
        var two = right.ToLowerInvariant();
        var limit = Math.Min(4, Math.Min(one.Length, two.Length));
        var prefix = 0;
        while (prefix < limit && one[prefix] == two[prefix])
        {
            prefix++;
        }

        return score + prefix * 0.1 * (1 - score);
    }

    /// <summary>
    /// SecondString's Needleman-Wunsch score with a gap cost of 1 and a mismatch cost of 1 (characters compared
    /// ignoring case), which is the negated case-insensitive edit distance.
    /// </summary>
    public static double NeedlemanWunsch(string left, string right)
    {
        var previous = new double[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = -j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            var current = new double[right.Length + 1];
            current[0] = -i;
            for (var j = 1; j <= right.Length; j++)
            {
                var match = char.ToLowerInvariant(left[i - 1]) == char.ToLowerInvariant(right[j - 1]) ? 0 : -1;
                current[j] = Math.Max(previous[j - 1] + match, Math.Max(previous[j] - 1, current[j - 1] - 1));
            }

            previous = current;
        }

        return previous[right.Length];
    }

    /// <summary>
    /// Letter pair similarity: twice the number of shared adjacent letter pairs (upper-cased, within words
    /// split at white space) divided by the total number of pairs. Two empty strings score 1.
    /// </summary>
    public static double LetterPairs(string left, string right)
    {
        if (left.Length == 0 && right.Length == 0)
        {
            return 1.0;
        }

        var pairs1 = WordLetterPairs(left.ToUpperInvariant());
        var pairs2 = WordLetterPairs(right.ToUpperInvariant());
        var union = pairs1.Count + pairs2.Count;
        var intersection = 0;
        foreach (var pair in pairs1)
        {
            var at = pairs2.IndexOf(pair);
            if (at >= 0)
            {
                intersection++;
                pairs2.RemoveAt(at);
            }
        }

        // As in Java, 0.0 / 0 gives NaN when neither string has a letter pair.
        return 2.0 * intersection / union;
    }

    private static string CommonCharacters(string source, string target, int window)
    {
        var common = new System.Text.StringBuilder();
        var copy = target.ToCharArray();
        for (var i = 0; i < source.Length; i++)
        {
            var end = Math.Min(i + window, target.Length);
            for (var j = Math.Max(0, i - window); j < end; j++)
            {
                if (copy[j] == source[i])
                {
                    common.Append(source[i]);
                    copy[j] = '*';
                    break;
                }
            }
        }

        return common.ToString();
    }

    private static List<string> WordLetterPairs(string text)
    {
        var pairs = new List<string>();

        // Java's String.split("\\s") splits at each ASCII white-space character and drops trailing empty words.
        foreach (var word in text.Split([' ', '\t', '\n', '\x0B', '\f', '\r']))
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                pairs.Add(word.Substring(i, 2));
            }
        }

        return pairs;
    }
}
