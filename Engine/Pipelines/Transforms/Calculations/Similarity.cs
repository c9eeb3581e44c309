using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>String distances and phonetic codes as Hop computes them (Commons Lang/Codec and Hop's Jaro-Winkler).</summary>
internal static class Similarity
{
    private const string SoundexMapping = "01230120022455012623010202";
    private const string RefinedSoundexMapping = "01360240043788015936020505";

    public static long Levenshtein(string one, string two)
    {
        var previous = Enumerable.Range(0, two.Length + 1).ToArray();
        for (var i = 1; i <= one.Length; i++)
        {
            var current = new int[two.Length + 1];
            current[0] = i;
            for (var j = 1; j <= two.Length; j++)
            {
                var cost = one[i - 1] == two[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[two.Length];
    }

    /// <summary>The unrestricted Damerau-Levenshtein distance (transpositions of any distance).</summary>
    public static long DamerauLevenshtein(string one, string two)
    {
        if (one.Length == 0 || two.Length == 0)
        {
            return Math.Max(one.Length, two.Length);
        }

        var infinity = one.Length + two.Length;
        var matrix = new int[one.Length + 2, two.Length + 2];
        matrix[0, 0] = infinity;
        for (var x = 0; x <= one.Length; x++)
        {
            matrix[x + 1, 1] = x;
            matrix[x + 1, 0] = infinity;
        }

        for (var y = 0; y <= two.Length; y++)
        {
            matrix[1, y + 1] = y;
            matrix[0, y + 1] = infinity;
        }

        var lastRow = new Dictionary<char, int>();
        for (var x = 1; x <= one.Length; x++)
        {
            var lastMatchColumn = 0;
            for (var y = 1; y <= two.Length; y++)
            {
                var k = lastRow.GetValueOrDefault(two[y - 1]);
                var l = lastMatchColumn;
                var cost = 1;
                if (one[x - 1] == two[y - 1])
                {
                    cost = 0;
                    lastMatchColumn = y;
                }

                var substitution = matrix[x, y] + cost;
                var insertion = matrix[x + 1, y] + 1;
                var deletion = matrix[x, y + 1] + 1;
                var transposition = matrix[k, l] + (x - k - 1) + 1 + (y - l - 1);
                matrix[x + 1, y + 1] = Math.Min(Math.Min(substitution, insertion), Math.Min(deletion, transposition));
            }

            lastRow[one[x - 1]] = x;
        }

        return matrix[one.Length + 1, two.Length + 1];
    }

    /// <summary>Jaro (first) and Jaro-Winkler (second) similarity, with Hop's matching window and prefix rules.</summary>
    public static (double Jaro, double JaroWinkler) JaroWinkler(string left, string right)
    {
        var (max, min) = left.Length > right.Length ? (left, right) : (right, left);
        var range = Math.Max((max.Length / 2) - 1, 0);
        var matchIndexes = Enumerable.Repeat(-1, min.Length).ToArray();
        var matchFlags = new bool[max.Length];
        var matches = 0;
        for (var mi = 0; mi < min.Length; mi++)
        {
            for (int xi = Math.Max(mi - range, 0), xn = Math.Min(mi + range + 1, max.Length); xi < xn; xi++)
            {
                if (!matchFlags[xi] && min[mi] == max[xi])
                {
                    matchIndexes[mi] = xi;
                    matchFlags[xi] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return (0, 0);
        }

        var first = min.Where((_, i) => matchIndexes[i] != -1).ToArray();
        var second = max.Where((_, i) => matchFlags[i]).ToArray();
        var transpositions = first.Where((c, i) => c != second[i]).Count() / 2;
        var prefix = 0;
        for (var i = 0; i < min.Length && left[i] == right[i]; i++)
        {
            prefix++;
        }

        double m = matches;
        var jaro = ((m / left.Length) + (m / right.Length) + ((m - transpositions) / m)) / 3;
        var winkler = jaro < 0.7 ? jaro : jaro + (Math.Min(0.1, 1.0 / max.Length) * prefix * (1 - jaro));
        return (jaro, winkler);
    }

    /// <summary>American Soundex as Commons Codec encodes it, with the H and W rule.</summary>
    public static string Soundex(string text)
    {
        var letters = new string(text.ToUpperInvariant().Where(c => c is >= 'A' and <= 'Z').ToArray());
        if (letters.Length == 0)
        {
            return letters;
        }

        var output = new StringBuilder().Append(letters[0]);
        var last = SoundexMapping[letters[0] - 'A'];
        for (var i = 1; i < letters.Length && output.Length < 4; i++)
        {
            var c = letters[i];
            if (c is 'H' or 'W')
            {
                continue;
            }

            var digit = SoundexMapping[c - 'A'];
            if (digit != '0' && digit != last)
            {
                output.Append(digit);
            }

            last = digit;
        }

        return output.ToString().PadRight(4, '0');
    }

    /// <summary>Refined Soundex as Commons Codec encodes it: the first letter, then codes without repeats.</summary>
    public static string RefinedSoundex(string text)
    {
        var letters = new string(text.ToUpperInvariant().Where(c => c is >= 'A' and <= 'Z').ToArray());
        if (letters.Length == 0)
        {
            return letters;
        }

        var output = new StringBuilder().Append(letters[0]);
        var last = '*';
        foreach (var c in letters)
        {
            var code = RefinedSoundexMapping[c - 'A'];
            if (code != last)
            {
                output.Append(code);
            }

            last = code;
        }

        return output.ToString();
    }
}
