namespace Orleans.AsyncHop.Grains;

/// <summary>Settings of the Hop server: which project it serves and how long it keeps runs and logs.</summary>
public sealed class HopOptions
{
    public const string SectionName = "Hop";
    public const string DefaultProjectHome = "samples/dataload";
    public const int DefaultObjectTimeoutMinutes = 1440;
    public const int DefaultMaxLogLines = 5000;
    public const int DefaultPersistedLogLines = 500;

    /// <summary>The Hop project folder (PROJECT_HOME); relative paths are taken from the working directory.</summary>
    public string ProjectHome { get; set; } = DefaultProjectHome;

    /// <summary>The project environment whose configuration files are loaded; empty picks the only one, if any.</summary>
    public string? Environment { get; set; }

    /// <summary>Minutes a finished run is kept before it is removed (Hop's object_timeout_minutes).</summary>
    public int ObjectTimeoutMinutes { get; set; } = DefaultObjectTimeoutMinutes;

    /// <summary>Log lines kept in memory per running workflow; older lines are dropped and counted.</summary>
    public int MaxLogLines { get; set; } = DefaultMaxLogLines;

    /// <summary>Log lines stored with a finished run, so its log survives a restart.</summary>
    public int PersistedLogLines { get; set; } = DefaultPersistedLogLines;
}
