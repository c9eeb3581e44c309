using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using static Orleans.AsyncHop.Engine.Values.HopValueType;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;

/// <summary>
/// Every Calculator calculation by its code in Hop's XML, with its default result type and function. The
/// function returns its value with the type it was computed in; the transform converts it to the target.
/// </summary>
internal static class CalculationCatalog
{
    private const int HalfCeiling = -1;
    private const int HalfUp = 4;

    private static readonly Dictionary<string, (HopValueType Type, Func<CalculationInput, CalculationResult> Calculate)> Calculations =
        new(StringComparer.Ordinal)
        {
            ["-"] = (None, i => new(i.A.Type, null)),
            ["CONSTANT"] = (HopValueType.String, i => new(HopValueType.String, i.Function.FieldA)),
            ["COPY_FIELD"] = (None, i => new(i.A.Type, i.A.Value)),
            ["NVL"] = (None, i => new(i.A.Type, i.A.Value is null ? i.B.Convert(new ValueMeta("nvl", i.A.Type)) : i.A.Value)),
            ["ADD"] = (Number, i => new(i.A.IsString || i.B.IsString ? HopValueType.String : i.A.Type, CalculatorMath.Plus(i.A, i.B))),
            ["ADD3"] = (Number, i => new(i.A.IsString || i.B.IsString || i.C.IsString ? HopValueType.String : i.A.Type, Plus3(i))),
            ["SUBTRACT"] = (Number, i => new(i.A.Type is Date or Timestamp ? Integer : i.A.Type, CalculatorMath.Minus(i.A, i.B))),
            ["MULTIPLY"] = (Number, i => new(i.A.IsString || i.B.IsString ? HopValueType.String : i.A.Type, CalculatorMath.Multiply(i.A, i.B))),
            ["DIVIDE"] = (Number, i => new(i.A.Type, CalculatorMath.Divide(i.A, i.B))),
            ["SQUARE"] = (Number, i => new(i.A.Type, CalculatorMath.Multiply(i.A, i.A))),
            ["SQUARE_ROOT"] = (Number, i => new(i.A.Type, CalculatorMath.OnDouble(i.A, Math.Sqrt, "sqrt"))),
            ["PERCENT_1"] = (Number, i => new(i.A.Type, CalculatorMath.Percent1(i.A, i.B))),
            ["PERCENT_2"] = (Number, i => new(i.A.Type, CalculatorMath.Percent2(i.A, i.B, -1))),
            ["PERCENT_3"] = (Number, i => new(i.A.Type, CalculatorMath.Percent2(i.A, i.B, 1))),
            ["COMBINATION_1"] = (Number, i => new(i.A.Type, CalculatorMath.Combination1(i.A, i.B, i.C))),
            ["COMBINATION_2"] = (Number, i => new(i.A.Type, CalculatorMath.Combination2(i.A, i.B))),
            ["ROUND_1"] = (Integer, i => new(i.A.Type, CalculatorMath.Round(i.A))),
            ["ROUND_2"] = (Number, i => new(i.A.Type, i.B.Value is null ? null : CalculatorMath.Round(i.A, (int)i.B.Integer, HalfCeiling))),
            ["ROUND_STD_1"] = (Integer, i => new(i.A.Type, CalculatorMath.Round(i.A, 0, HalfUp))),
            ["ROUND_STD_2"] = (Number, i => new(i.A.Type, i.B.Value is null ? null : CalculatorMath.Round(i.A, (int)i.B.Integer, HalfUp))),
            ["ROUND_CUSTOM_1"] = (Number, i => new(i.A.Type, CalculatorMath.Round(i.A, 0, RoundingMode(i.B)))),
            ["ROUND_CUSTOM_2"] = (Number, i => new(i.A.Type, i.B.Value is null || i.C.Value is null ? null : CalculatorMath.Round(i.A, (int)i.B.Integer, RoundingMode(i.C)))),
            ["CEIL"] = (Integer, i => new(i.A.Type, CalculatorMath.KeepInteger(i.A, Math.Ceiling, "ceil"))),
            ["FLOOR"] = (Integer, i => new(i.A.Type, CalculatorMath.KeepInteger(i.A, Math.Floor, "floor"))),
            ["ABS"] = (Integer, i => new(i.A.Type, CalculatorMath.KeepInteger(i.A, Math.Abs, "abs"))),
            ["REMAINDER"] = (Number, Remainder),
            ["ADD_DAYS"] = (Date, i => new(Date, CalculatorDates.Add(i.A, i.B, (d, n) => d.AddDays(n)))),
            ["ADD_HOURS"] = (Date, i => new(Date, CalculatorDates.Add(i.A, i.B, (d, n) => d.AddHours(n)))),
            ["ADD_MINUTES"] = (Date, i => new(Date, CalculatorDates.Add(i.A, i.B, (d, n) => d.AddMinutes(n)))),
            ["ADD_SECONDS"] = (Date, i => new(Date, CalculatorDates.Add(i.A, i.B, (d, n) => d.AddSeconds(n)))),
            ["ADD_MONTHS"] = (Date, i => new(Date, CalculatorDates.Add(i.A, i.B, CalculatorDates.AddMonths))),
            ["ADD_TIME_TO_DATE"] = (Date, i => new(Date, CalculatorDates.AddTime(i.A, i.B, i.C))),
            ["DATE_DIFF"] = (Integer, i => new(Integer, CalculatorDates.Difference(i.A, i.B, "d"))),
            ["DATE_DIFF_MSEC"] = (Integer, i => new(Integer, CalculatorDates.Difference(i.A, i.B, "ms"))),
            ["DATE_DIFF_SEC"] = (Integer, i => new(Integer, CalculatorDates.Difference(i.A, i.B, "s"))),
            ["DATE_DIFF_MN"] = (Integer, i => new(Integer, CalculatorDates.Difference(i.A, i.B, "mn"))),
            ["DATE_DIFF_HR"] = (Integer, i => new(Integer, CalculatorDates.Difference(i.A, i.B, "h"))),
            ["DATE_WORKING_DIFF"] = (Integer, i => new(Integer, CalculatorDates.WorkingDays(i.A, i.B))),
            ["YEAR_OF_DATE"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Year))),
            ["MONTH_OF_DATE"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Month))),
            ["DAY_OF_YEAR"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.DayOfYear))),
            ["DAY_OF_MONTH"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Day))),
            ["DAY_OF_WEEK"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, CalculatorDates.DayOfWeekNumber))),
            ["WEEK_OF_YEAR"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, CalculatorDates.WeekOfYear))),
            ["WEEK_OF_YEAR_ISO8601"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, CalculatorDates.IsoWeek))),
            ["YEAR_OF_DATE_ISO8601"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, CalculatorDates.IsoYear))),
            ["QUARTER_OF_DATE"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => (d.Month + 2) / 3))),
            ["HOUR_OF_DAY"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Hour))),
            ["MINUTE_OF_HOUR"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Minute))),
            ["SECOND_OF_MINUTE"] = (Integer, i => new(Integer, CalculatorDates.Part(i.A, d => d.Second))),
            ["REMOVE_TIME_FROM_DATE"] = (Date, i => new(i.A.Type, i.A.IsNull ? null : i.A.Date.Date)),
            ["FIRST_DAY_OF_MONTH"] = (Date, i => new(Date, i.A.IsNull ? null : CalculatorDates.FirstDayOfMonth(i.A.Date))),
            ["LAST_DAY_OF_MONTH"] = (Date, i => new(Date, i.A.IsNull ? null : CalculatorDates.LastDayOfMonth(i.A.Date))),
            ["INIT_CAP"] = (HopValueType.String, i => OnText(i, HopText.InitCap)),
            ["UPPER_CASE"] = (HopValueType.String, i => OnText(i, t => t.ToUpperInvariant())),
            ["LOWER_CASE"] = (HopValueType.String, i => OnText(i, t => t.ToLowerInvariant())),
            ["MASK_XML"] = (HopValueType.String, i => OnText(i, t => t.Length == 0 ? t : HopText.EscapeXml(t))),
            ["UNESCAPE_XML"] = (HopValueType.String, i => OnText(i, t => t.Length == 0 ? t : HopText.UnescapeXml(t))),
            ["ESCAPE_HTML"] = (HopValueType.String, i => OnText(i, t => t.Length == 0 ? t : HopText.EscapeHtml(t))),
            ["UNESCAPE_HTML"] = (HopValueType.String, i => OnText(i, t => t.Length == 0 ? t : HopText.UnescapeHtml(t))),
            ["ESCAPE_SQL"] = (HopValueType.String, i => OnText(i, t => t.Length == 0 ? t : HopText.EscapeSql(t))),
            ["USE_CDATA"] = (HopValueType.String, i => OnText(i, HopText.ProtectCdata)),
            ["REMOVE_CR"] = (HopValueType.String, i => OnText(i, t => HopText.RemoveCharacters(t, '\r'))),
            ["REMOVE_LF"] = (HopValueType.String, i => OnText(i, t => HopText.RemoveCharacters(t, '\n'))),
            ["REMOVE_CRLF"] = (HopValueType.String, i => OnText(i, t => HopText.RemoveCharacters(t, '\r', '\n'))),
            ["REMOVE_TAB"] = (HopValueType.String, i => OnText(i, t => HopText.RemoveCharacters(t, '\t'))),
            ["GET_ONLY_DIGITS"] = (HopValueType.String, i => OnText(i, HopText.DigitsOnly)),
            ["REMOVE_DIGITS"] = (HopValueType.String, i => OnText(i, HopText.RemoveDigits)),
            ["STRING_LEN"] = (Integer, i => new(Integer, (long)(JavaValueText.ToJavaString(i.A.Value)?.Length ?? 0))),
            ["URL_ENCODE"] = (HopValueType.String, i => OnText(i, CalculatorText.UrlEncode)),
            ["URL_DECODE"] = (HopValueType.String, i => OnText(i, CalculatorText.UrlDecode)),
            ["SUBSTITUTE_VARIABLE"] = (HopValueType.String, i => OnText(i, t => i.Resolve(t))),
            ["BYTE_TO_HEX_ENCODE"] = (HopValueType.String, i => OnFormatted(i, CalculatorText.ByteToHex)),
            ["CHAR_TO_HEX_ENCODE"] = (HopValueType.String, i => OnFormatted(i, CalculatorText.CharToHex)),
            ["HEX_TO_BYTE_DECODE"] = (HopValueType.String, i => OnFormatted(i, t => CalculatorText.HexToChars(t, 2))),
            ["HEX_TO_CHAR_DECODE"] = (HopValueType.String, i => OnFormatted(i, t => CalculatorText.HexToChars(t, 4))),
            ["BASE64_ENCODE"] = (HopValueType.String, i => new(HopValueType.String, i.A.Value is null ? null : CalculatorText.Base64Encode(Bytes(i.A), padded: false))),
            ["BASE64_ENCODE_PADDED"] = (HopValueType.String, i => new(HopValueType.String, i.A.Value is null ? null : CalculatorText.Base64Encode(Bytes(i.A), padded: true))),
            ["BASE64_DECODE"] = (HopValueType.String, Base64Decode),
            ["CHECK_XML_WELL_FORMED"] = (HopValueType.Boolean, i => new(HopValueType.Boolean, i.A.Value is not null && CalculatorText.IsWellFormedXml(i.A.Text))),
            ["LEVENSHTEIN_DISTANCE"] = (Integer, i => OnPair(i, Integer, (a, b) => Similarity.Levenshtein(a, b))),
            ["DAMERAU_LEVENSHTEIN"] = (Integer, i => OnPair(i, Integer, (a, b) => Similarity.DamerauLevenshtein(a, b))),
            ["JARO"] = (Number, i => OnPair(i, Number, (a, b) => Similarity.JaroWinkler(a, b).Jaro)),
            ["JARO_WINKLER"] = (Number, i => OnPair(i, Number, (a, b) => Similarity.JaroWinkler(a, b).JaroWinkler)),
            ["SOUNDEX"] = (HopValueType.String, i => OnText(i, Similarity.Soundex)),
            ["REFINED_SOUNDEX"] = (HopValueType.String, i => OnText(i, Similarity.RefinedSoundex)),
        };

    /// <summary>Finds a calculation by its code; codes that need files or libraries come from <see cref="CalculatorFiles"/>.</summary>
    public static (HopValueType Type, Func<CalculationInput, CalculationResult> Calculate)? Find(string code) =>
        Calculations.TryGetValue(code, out var calculation) ? calculation : CalculatorFiles.Find(code);

    private static object? Plus3(CalculationInput i)
    {
        if (i.A.Value is null || i.B.Value is null || i.C.Value is null)
        {
            return null;
        }

        return i.A.Type switch
        {
            HopValueType.String => i.A.Text + i.B.Text + i.C.Text,
            Number => i.A.Number + i.B.Number + i.C.Number,
            Integer => i.A.Integer + i.B.Integer + i.C.Integer,
            HopValueType.Boolean => i.A.Boolean || i.B.Boolean || i.C.Boolean,
            BigNumber => i.A.BigNumber + i.B.BigNumber + i.C.BigNumber,
            _ => throw new HopException("The 'plus' function only works on numeric data and Strings."),
        };
    }

    /// <summary>A % B in the target type when the types differ, as Hop's Remainder does.</summary>
    private static CalculationResult Remainder(CalculationInput i)
    {
        if (i.Target.Type == i.A.Type && i.Target.Type == i.B.Type)
        {
            return new(i.A.Type, CalculatorMath.Remainder(i.A, i.B));
        }

        var a = new Operand(i.Target, i.A.Convert(i.Target));
        var b = new Operand(i.Target, i.B.Convert(i.Target));
        return new(i.Target.Type, CalculatorMath.Remainder(a, b));
    }

    private static int RoundingMode(Operand operand)
    {
        var mode = operand.Type == Number ? (int)operand.Number : (int)operand.Integer;
        return mode is >= HalfCeiling and <= 6
            ? mode
            : throw new HopException($"The 'round_custom' arg C has incorrect value: {mode}");
    }

    /// <summary>Applies a text function to Java's toString of argument A; null stays null.</summary>
    private static CalculationResult OnText(CalculationInput i, Func<string, string?> function) =>
        new(HopValueType.String, JavaValueText.ToJavaString(i.A.Value) is { } text ? function(text) : null);

    /// <summary>Applies a text function to argument A formatted with its field's mask.</summary>
    private static CalculationResult OnFormatted(CalculationInput i, Func<string, string> function) =>
        new(HopValueType.String, i.A.IsNull ? null : function(i.A.Text!));

    private static CalculationResult OnPair<T>(CalculationInput i, HopValueType type, Func<string, string, T> function) =>
        new(type, i.A.Value is null || i.B.Value is null
            ? null
            : function(JavaValueText.ToJavaString(i.A.Value)!, JavaValueText.ToJavaString(i.B.Value)!));

    private static byte[] Bytes(Operand operand) =>
        operand.Value is byte[] bytes ? bytes : System.Text.Encoding.UTF8.GetBytes(operand.Text ?? string.Empty);

    private static CalculationResult Base64Decode(CalculationInput i)
    {
        if (i.A.Value is null)
        {
            return new(i.Target.Type, null);
        }

        var decoded = CalculatorText.Base64Decode(i.A.Text ?? string.Empty);
        if (i.Target.Type == Binary)
        {
            return new(Binary, decoded);
        }

        var text = System.Text.Encoding.UTF8.GetString(decoded);
        return new(i.Target.Type, ValueConverter.Convert(text, i.A.Meta ?? new ValueMeta("a", HopValueType.String), i.Target));
    }
}
