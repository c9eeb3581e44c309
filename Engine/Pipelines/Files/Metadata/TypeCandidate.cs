using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// One conversion Hop's StringEvaluator tries on each value of a column: a type with a mask, symbols,
/// length and precision, and how many values it converted.
/// </summary>
public sealed class TypeCandidate(HopValueType type, string? mask)
{
    /// <summary>Hop's number masks for type guessing; "#" alone is skipped for numbers because Integer covers it.</summary>
    private static readonly string[] NumberMasks =
        ["#,###,###.#", "#.#", "#", "#.0", "#.00", "#.000", "#.0000", "#.00000", "#.000000", " #.0#"];

    /// <summary>Hop's built-in date masks (sorted, as Hop sorts them), with the pattern a value must match first.</summary>
    private static readonly (string Mask, string? Pattern)[] DateMasks = DateMaskPatterns.All;

    public HopValueType Type { get; } = type;

    public string? Mask { get; } = mask;

    public string DecimalSymbol { get; private init; } = ".";

    public string GroupingSymbol { get; private init; } = ",";

    public string? Currency { get; private init; }

    public bool Trim { get; private init; }

    public int Length { get; set; } = -1;

    public int Precision { get; set; } = -1;

    public int Successes { get; private set; }

    /// <summary>Creates the candidates in Hop's order: untrimmed first, then the same list trimmed.</summary>
    public static List<TypeCandidate> CreateAll()
    {
        var list = new List<TypeCandidate>();
        foreach (var trim in new[] { false, true })
        {
            list.AddRange(DateMasks.Select(d => new TypeCandidate(HopValueType.Date, d.Mask) { Trim = trim }));
            foreach (var mask in NumberMasks.Where(m => m != "#"))
            {
                list.Add(Number(mask, PrecisionOf(mask), trim, ".", ","));
                list.Add(Number(mask, PrecisionOf(mask), trim, ",", "."));
            }

            // Java's en_US currency format: "$#,##0.00" with two fraction digits, then the same mask without "$".
            list.Add(new TypeCandidate(HopValueType.Number, "$#,##0.00") { Trim = trim, Currency = "$", Length = 15, Precision = 2 });
            list.Add(Number("#,##0.00", 2, trim, ".", ","));
            list.Add(Number("#,##0.00", 2, trim, ",", "."));
            list.Add(new TypeCandidate(HopValueType.Integer, "#") { Trim = trim, Length = 15, Precision = 0 });
            list.Add(new TypeCandidate(HopValueType.Integer, " #") { Trim = trim, Length = 15, Precision = 0 });
            for (var digits = 1; digits <= 15; digits++)
            {
                var zeros = new string('0', digits);
                list.Add(new TypeCandidate(HopValueType.Integer, $" {zeros};-{zeros}") { Trim = trim, Length = digits, Precision = 0 });
            }

            list.Add(new TypeCandidate(HopValueType.Boolean, null) { Trim = trim });
        }

        return list;
    }

    /// <summary>Returns the number of digits after the last '.' of a value or mask, as Hop counts a precision.</summary>
    public static int PrecisionOf(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot < 0)
        {
            return 0;
        }

        var end = dot + 1;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '#'))
        {
            end++;
        }

        return end - dot - 1;
    }

    /// <summary>Tries the value; returns false when the candidate no longer fits the column.</summary>
    public bool Accepts(string value)
    {
        switch (Type)
        {
            case HopValueType.Boolean:
                return AcceptsBoolean(value);
            case HopValueType.Date:
                return AcceptsDate(value);
            default:
                return PassesNumberCharacters(value) && AcceptsNumber(value);
        }
    }

    private bool AcceptsBoolean(string value)
    {
        var text = Trim ? value.Trim() : value;
        if (value.Length == 0)
        {
            return true;
        }

        if (text.Equals("Y", StringComparison.OrdinalIgnoreCase) || text.Equals("N", StringComparison.OrdinalIgnoreCase)
            || text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            Successes++;
            return true;
        }

        return false;
    }

    private bool AcceptsDate(string value)
    {
        var pattern = DateMasks.First(d => d.Mask == Mask).Pattern;
        if (pattern is null || !Regex.IsMatch(value.ToLowerInvariant(), pattern, RegexOptions.CultureInvariant))
        {
            return false;
        }

        try
        {
            ValueConverter.FromString(new ValueMeta("date", HopValueType.Date) { ConversionMask = Mask }, value);
            Successes++;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or HopException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies Hop's character checks before a numeric conversion: a sign after the first character, a
    /// '.' or ',' in an integer, or several dots and several commas rule the candidate out.
    /// </summary>
    private bool PassesNumberCharacters(string value)
    {
        var dots = 0;
        var commas = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i > 0 && (c == '+' || c == '-'))
            {
                return false;
            }

            if (Type == HopValueType.Integer && (c == '.' || c == ','))
            {
                return false;
            }

            dots += c == '.' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }

        return dots <= 1 || commas <= 1;
    }

    // NOTE: Hop sets a trim type on the trimmed candidates, yet its golden results show that " 1" does not
    // convert with mask "#"; the conversion here therefore works on the untrimmed text for every candidate.
    private bool AcceptsNumber(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var meta = new ValueMeta("number", Type)
        {
            ConversionMask = Mask,
            DecimalSymbol = DecimalSymbol,
            GroupingSymbol = GroupingSymbol,
            CurrencySymbol = Currency,
        };
        try
        {
            if (ValueConverter.FromString(meta, value) is not null)
            {
                Successes++;
            }

            return true;
        }
        catch (Exception exception) when (exception is FormatException or HopException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    private static TypeCandidate Number(string mask, int precision, bool trim, string decimalSymbol, string groupingSymbol) =>
        new(HopValueType.Number, mask)
        {
            Trim = trim,
            DecimalSymbol = decimalSymbol,
            GroupingSymbol = groupingSymbol,
            Length = 15,
            Precision = precision,
        };
}
