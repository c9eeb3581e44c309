namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>Hop's log levels, from quietest to most verbose.</summary>
public enum HopLogLevel
{
    Nothing = 0,
    Error = 1,
    Minimal = 2,
    Basic = 3,
    Detailed = 4,
    Debug = 5,
    Rowlevel = 6,
}

/// <summary>Parses log level names as Hop writes them in files and on the command line.</summary>
public static class HopLogLevels
{
    public static HopLogLevel Parse(string? name, HopLogLevel defaultLevel = HopLogLevel.Basic) =>
        Enum.TryParse<HopLogLevel>(name?.Trim(), ignoreCase: true, out var level) ? level : defaultLevel;
}
