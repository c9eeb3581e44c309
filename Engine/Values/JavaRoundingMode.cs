namespace Orleans.AsyncHop.Engine.Values;

/// <summary>Java's RoundingMode values, as Hop stores them in a field's rounding type.</summary>
public enum JavaRoundingMode
{
    HalfEven,
    HalfUp,
    HalfDown,
    Up,
    Down,
    Ceiling,
    Floor,
    Unnecessary,
}

/// <summary>Reads Hop's rounding type names (half_even, up, ceiling, ...); anything else is HALF_EVEN.</summary>
public static class JavaRoundingModes
{
    public static JavaRoundingMode Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "half_up" => JavaRoundingMode.HalfUp,
        "half_down" => JavaRoundingMode.HalfDown,
        "up" => JavaRoundingMode.Up,
        "down" => JavaRoundingMode.Down,
        "ceiling" => JavaRoundingMode.Ceiling,
        "floor" => JavaRoundingMode.Floor,
        "unnecessary" => JavaRoundingMode.Unnecessary,
        _ => JavaRoundingMode.HalfEven,
    };
}
