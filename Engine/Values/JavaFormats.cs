using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Translates Java SimpleDateFormat and DecimalFormat patterns, which Hop stores as conversion masks,
/// into .NET custom format strings.
/// </summary>
public static class JavaFormats
{
    public const string DefaultDateMask = "yyyy/MM/dd HH:mm:ss.SSS";
    public const string DefaultTimestampMask = "yyyy/MM/dd HH:mm:ss.SSSSSSSSS";
    public const string DefaultNumberMask = "####0.0#########;-####0.0#########";
    public const string DefaultIntegerMask = "####0;-####0";
    public const string DefaultBigNumberMask = "######0.0###################;-######0.0###################";
    public const string DefaultIntegerParseMask = "####0";
    public const string DefaultNumberParseMask = "####0.0#########";
    public const string DefaultBigNumberParseMask = "######0.0###################";

    private static readonly ConcurrentDictionary<(string, string?, string?, string?, JavaRoundingMode), JavaDecimalFormat> DecimalFormats = new();

    private static readonly ConcurrentDictionary<string, string> DateCache = new();
    private static readonly ConcurrentDictionary<string, string> NumberCache = new();

    /// <summary>Converts a SimpleDateFormat pattern: letters map to their .NET equivalents, quoted text stays.</summary>
    public static string ToNetDateFormat(string javaPattern) => DateCache.GetOrAdd(javaPattern, static pattern =>
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end == i + 1)
                {
                    builder.Append("\\'");
                    i += 2;
                    continue;
                }

                end = end < 0 ? pattern.Length : end;
                builder.Append('\'').Append(pattern, i + 1, end - i - 1).Append('\'');
                i = end + 1;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            builder.Append(c switch
            {
                'y' or 'Y' or 'u' => run == 2 ? "yy" : "yyyy",
                'M' or 'L' => run >= 4 ? "MMMM" : run == 3 ? "MMM" : run == 2 ? "MM" : "%M",
                'd' => run >= 2 ? "dd" : "%d",
                'H' or 'k' => run >= 2 ? "HH" : "%H",
                'h' or 'K' => run >= 2 ? "hh" : "%h",
                'm' => run >= 2 ? "mm" : "%m",
                's' => run >= 2 ? "ss" : "%s",
                'S' => new string('f', Math.Min(run, 7)),
                'E' => run >= 4 ? "dddd" : "ddd",
                'a' => "tt",
                'z' or 'Z' or 'X' => "zzz",
                _ when char.IsLetter(c) => new string(c, run),
                _ => Escape(c, run),
            });
            i += run;
        }

        return builder.ToString();
    });

    /// <summary>Converts a DecimalFormat pattern (with an optional negative part after ';').</summary>
    public static string ToNetNumberFormat(string javaPattern) => NumberCache.GetOrAdd(javaPattern, static pattern =>
    {
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in pattern)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                continue;
            }

            if (quoted)
            {
                builder.Append('\\').Append(c);
                continue;
            }

            switch (c)
            {
                case '#' or '0' or '.' or ',' or ';' or 'E' or '%':
                    builder.Append(c);
                    break;
                case '¤':
                    builder.Append('$');
                    break;
                case '-':
                    builder.Append('-');
                    break;
                default:
                    builder.Append('\\').Append(c);
                    break;
            }
        }

        return builder.ToString();
    });

    /// <summary>Returns the shared DecimalFormat for a mask with the field's decimal, grouping and currency symbols.</summary>
    public static JavaDecimalFormat DecimalFormat(string mask, ValueMeta meta) =>
        DecimalFormats.GetOrAdd(
            (mask, meta.DecimalSymbol, meta.GroupingSymbol, meta.CurrencySymbol, meta.RoundingMode),
            static key => new JavaDecimalFormat(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5));

    /// <summary>
    /// The mask Hop formats a number with. A null mask is the type's default mask, which Hop gives every
    /// new value; an empty mask (a field read from XML with an empty format) is built from the length and
    /// precision, with a leading space where the minus sign would go, or is the default without a length.
    /// </summary>
    public static string FormatMask(ValueMeta meta)
    {
        if (!string.IsNullOrEmpty(meta.ConversionMask))
        {
            return meta.ConversionMask;
        }

        var sized = meta.Length > 0 && meta.ConversionMask is not null;
        return meta.Type switch
        {
            HopValueType.Integer when sized => " " + new string('0', meta.Length) + ";-" + new string('0', meta.Length),
            HopValueType.Integer => DefaultIntegerMask,
            HopValueType.BigNumber when !sized => DefaultBigNumberMask,
            HopValueType.Number when !sized => DefaultNumberMask,
            HopValueType.Number or HopValueType.BigNumber => SizedNumberMask(meta.Length, meta.Precision),
            _ => DefaultNumberMask,
        };
    }

    private static string SizedNumberMask(int length, int precision)
    {
        var positive = new StringBuilder(" ");
        if (precision < 0)
        {
            positive.Append('0', length).Append(".00");
        }
        else
        {
            positive.Append('0', length + 1);
            var point = length - precision + 1;
            if (point >= 0 && point < positive.Length)
            {
                positive[point] = '.';
            }
        }

        var negative = new StringBuilder(positive.ToString()) { [0] = '-' };
        return positive + ";" + negative;
    }

    public static NumberFormatInfo NumberFormat(ValueMeta meta)
    {
        if (string.IsNullOrEmpty(meta.DecimalSymbol) && string.IsNullOrEmpty(meta.GroupingSymbol))
        {
            return NumberFormatInfo.InvariantInfo;
        }

        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        if (!string.IsNullOrEmpty(meta.DecimalSymbol))
        {
            info.NumberDecimalSeparator = meta.DecimalSymbol;
        }

        if (!string.IsNullOrEmpty(meta.GroupingSymbol))
        {
            info.NumberGroupSeparator = meta.GroupingSymbol;
        }

        return info;
    }

    private static string Escape(char c, int run)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < run; i++)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '/' or ':' or '.' or ',' or 'T' or '_')
            {
                builder.Append(c == '/' || c == ':' ? "\\" + c : c.ToString());
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder.ToString();
    }
}
