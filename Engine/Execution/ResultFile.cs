namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>A file recorded in a Result, keyed by its full path.</summary>
public sealed record ResultFile(string Path, string Origin, string Comment)
{
    /// <summary>Hop's file type code: GENERAL, LOG, ERRORLINE, ERROR or WARNING.</summary>
    public string TypeCode { get; init; } = "GENERAL";

    /// <summary>The pipeline or workflow that added the file, when known.</summary>
    public string? ParentOrigin { get; init; }

    public DateTime Timestamp { get; init; } = DateTime.Now;

    /// <summary>Hop's description of <see cref="TypeCode"/>, as Files from result writes it.</summary>
    public string TypeDescription => TypeCode.ToUpperInvariant() switch
    {
        "LOG" => "Log",
        "ERRORLINE" => "Error line",
        "ERROR" => "Error",
        "WARNING" => "Warning",
        _ => "General",
    };
}
