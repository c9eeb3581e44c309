using System.Text;
using System.Text.RegularExpressions;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;

/// <summary>
/// Compiles java.util.regex patterns with .NET's Regex. The syntax is mostly shared, and this class rewrites
/// the Java-only parts: POSIX and java.lang.Character property classes (\p{Alpha}, \p{javaLowerCase}),
/// \h, \R, the ASCII-only meaning of \d, \w and \s, and possessive quantifiers outside character classes.
/// </summary>
public static class JavaRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> PropertyClasses = new(StringComparer.Ordinal)
    {
        ["Lower"] = "a-z",
        ["Upper"] = "A-Z",
        ["ASCII"] = @"\x00-\x7F",
        ["Alpha"] = "a-zA-Z",
        ["Digit"] = "0-9",
        ["Alnum"] = "a-zA-Z0-9",
        ["Punct"] = @"!-/:-@\[-`{-~",
        ["Graph"] = @"!-~",
        ["Print"] = @" -~",
        ["Blank"] = @" \t",
        ["Cntrl"] = @"\x00-\x1F\x7F",
        ["XDigit"] = "0-9a-fA-F",
        ["Space"] = @" \t\n\x0B\f\r",
        ["javaLowerCase"] = @"\p{Ll}",
        ["javaUpperCase"] = @"\p{Lu}",
        ["javaWhitespace"] = @"\s",
        ["javaMirrored"] = @"()<>\[\]{}",
        ["IsAlphabetic"] = @"\p{L}\p{Nl}",
        ["IsLetter"] = @"\p{L}",
        ["IsDigit"] = @"\p{Nd}",
        ["IsUppercase"] = @"\p{Lu}",
        ["IsLowercase"] = @"\p{Ll}",
        ["IsWhite_Space"] = @"\s",
        ["IsPunctuation"] = @"\p{P}",
    };

    /// <summary>Compiles a Java pattern with the given options plus CultureInvariant.</summary>
    public static Regex Compile(string javaPattern, RegexOptions options = RegexOptions.None) =>
        new(Translate(javaPattern), options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Compiles a Java pattern for Matcher.matches(): the whole input must match.</summary>
    public static Regex CompileWhole(string javaPattern, RegexOptions options = RegexOptions.None) =>
        new(@"\A(?:" + Translate(javaPattern) + @")\z", options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Rewrites the Java-only constructs of a pattern into .NET syntax.</summary>
    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = 0;
        var groupStarts = new Stack<int>();
        var lastAtomStart = -1;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var atomStart = result.Length;
                i = TranslateEscape(pattern, i, inClass > 0, result);
                lastAtomStart = atomStart;
                continue;
            }

            if (inClass > 0)
            {
                inClass += c switch { '[' => 1, ']' => -1, _ => 0 };
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    lastAtomStart = result.Length;
                    inClass = 1;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append('^');
                        i++;
                    }

                    // A ']' right after the opening bracket is a literal in both dialects.
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        result.Append(@"\]");
                        i++;
                    }

                    continue;
                case '(':
                    groupStarts.Push(result.Length);
                    result.Append(c);
                    i = CopyInlineFlags(pattern, i, result);
                    if (pattern[i] == ')')
                    {
                        groupStarts.Pop();
                    }

                    continue;
                case ')':
                    lastAtomStart = groupStarts.Count > 0 ? groupStarts.Pop() : -1;
                    result.Append(c);
                    continue;
                case '*' or '+' or '?' or '}' when i + 1 < pattern.Length && pattern[i + 1] == '+' && lastAtomStart >= 0:
                    // A possessive quantifier is an atomic group around the greedy one.
                    result.Append(c);
                    result.Insert(lastAtomStart, "(?>");
                    result.Append(')');
                    i++;
                    continue;
                default:
                    if (c is not ('*' or '+' or '?' or '{' or '}' or ',' or '|') && !char.IsDigit(c))
                    {
                        lastAtomStart = result.Length;
                    }
                    else if (c == '|')
                    {
                        lastAtomStart = -1;
                    }

                    result.Append(c);
                    continue;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Copies an inline flag group such as "(?iu)" or "(?d-s:" without Java's u, U and d flags, which .NET
    /// does not accept. Case-insensitive matching in .NET is always Unicode-aware, and '.' and '$' already
    /// treat only '\n' as a line end. Returns the index of the last character consumed.
    /// </summary>
    private static int CopyInlineFlags(string pattern, int open, StringBuilder result)
    {
        if (open + 1 >= pattern.Length || pattern[open + 1] != '?')
        {
            return open;
        }

        var end = open + 2;
        while (end < pattern.Length && "idmsuxU-".Contains(pattern[end], StringComparison.Ordinal))
        {
            end++;
        }

        if (end == open + 2 || end >= pattern.Length || pattern[end] is not (')' or ':'))
        {
            return open;
        }

        var flags = pattern[(open + 2)..end].Replace("u", string.Empty, StringComparison.Ordinal)
            .Replace("U", string.Empty, StringComparison.Ordinal).Replace("d", string.Empty, StringComparison.Ordinal);
        flags = flags.TrimEnd('-');

        if (flags.Length == 0 && pattern[end] == ')')
        {
            // Only flags .NET lacks: the whole "(?u)" group disappears.
            result.Length--;
            return end;
        }

        result.Append('?').Append(flags).Append(pattern[end]);
        return end;
    }

    private static int TranslateEscape(string pattern, int i, bool inClass, StringBuilder result)
    {
        var next = pattern[i + 1];
        switch (next)
        {
            case 'd':
                result.Append(inClass ? "0-9" : "[0-9]");
                return i + 1;
            case 'w':
                result.Append(inClass ? "a-zA-Z_0-9" : "[a-zA-Z_0-9]");
                return i + 1;
            case 's':
                result.Append(inClass ? @" \t\n\x0B\f\r" : @"[ \t\n\x0B\f\r]");
                return i + 1;
            case 'D' when !inClass:
                result.Append("[^0-9]");
                return i + 1;
            case 'W' when !inClass:
                result.Append("[^a-zA-Z_0-9]");
                return i + 1;
            case 'S' when !inClass:
                result.Append(@"[^ \t\n\x0B\f\r]");
                return i + 1;
            case 'h':
                result.Append(inClass ? @" \t\xA0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000" : @"[ \t\xA0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000]");
                return i + 1;
            case 'R' when !inClass:
                result.Append(@"(?:\r\n|[\n\x0B\f\r\x85\u2028\u2029])");
                return i + 1;
            case 'Z' when !inClass:
                result.Append(@"(?=(?:\r\n|[\n\r\x85\u2028\u2029])?\z)");
                return i + 1;
            case 'Q':
                var end = pattern.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                result.Append(Regex.Escape(literal));
                return end < 0 ? pattern.Length - 1 : end + 1;
            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                var close = pattern.IndexOf('}', i + 3);
                // A negated class inside a class has no .NET form, so it is passed on unchanged.
                if (close > 0 && !(inClass && next == 'P') && PropertyClasses.TryGetValue(PropertyName(pattern[(i + 3)..close]), out var members))
                {
                    if (inClass)
                    {
                        result.Append(members);
                    }
                    else
                    {
                        result.Append(next == 'P' ? "[^" : "[").Append(members).Append(']');
                    }

                    return close;
                }

                break;
        }

        result.Append('\\').Append(next);
        return i + 1;
    }

    private static string PropertyName(string name) =>
        name.StartsWith("Is", StringComparison.Ordinal) && PropertyClasses.ContainsKey(name[2..]) ? name[2..] : name;
}
