namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Metadata of one field of a row. Values are held as string, long (Integer), double (Number),
/// decimal (BigNumber), DateTime (Date, Timestamp), bool (Boolean) or byte[] (Binary).
/// </summary>
/// <remarks>
/// NOTE: a decimal keeps 28 to 29 significant digits, where Hop's BigDecimal has no limit, so longer
/// BigNumber values fail to convert.
/// </remarks>
public sealed record ValueMeta(string Name, HopValueType Type)
{
    public int Length { get; init; } = -1;

    public int Precision { get; init; } = -1;

    /// <summary>
    /// Precision as Hop's <c>getPrecision()</c> reports it: 0 for Integer and Binary, -1 for String and
    /// Boolean whatever was set, and the stored precision for the other types.
    /// </summary>
    public int ReportedPrecision => Type switch
    {
        HopValueType.Integer or HopValueType.Binary => 0,
        HopValueType.String or HopValueType.Boolean => -1,
        _ => Precision,
    };

    /// <summary>Java DecimalFormat or SimpleDateFormat pattern used to convert to and from text.</summary>
    public string? ConversionMask { get; init; }

    public string? DecimalSymbol { get; init; }

    public string? GroupingSymbol { get; init; }

    public string? CurrencySymbol { get; init; }

    public TrimType Trim { get; init; } = TrimType.None;

    public bool CaseInsensitive { get; init; }

    public bool DateFormatLenient { get; init; }

    public bool LenientStringToNumber { get; init; }

    /// <summary>Java rounding mode used when a number is formatted with fewer digits than it has (default HALF_EVEN).</summary>
    public JavaRoundingMode RoundingMode { get; init; } = JavaRoundingMode.HalfEven;

    /// <summary>The name of the transform that added the field to the stream, as Hop's origin; null until a transform writes it.</summary>
    public string? Origin { get; init; }

    public ValueMeta Rename(string name) => this with { Name = name };
}

/// <summary>How text values are trimmed when read.</summary>
public enum TrimType
{
    None = 0,
    Left = 1,
    Right = 2,
    Both = 3,
}

/// <summary>Parses Hop's trim type names, including the numeric codes of old files.</summary>
public static class TrimTypes
{
    public static TrimType Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "left" or "1" => TrimType.Left,
        "right" or "2" => TrimType.Right,
        "both" or "3" => TrimType.Both,
        _ => TrimType.None,
    };

    public static string Apply(TrimType trim, string value) => trim switch
    {
        TrimType.Left => value.TrimStart(),
        TrimType.Right => value.TrimEnd(),
        TrimType.Both => value.Trim(),
        _ => value,
    };
}
