namespace Orleans.AsyncHop.Silo;

/// <summary>Log events of the silo host.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(EventId = 4001, EventName = "ProjectHomeMissing", Level = LogLevel.Critical,
        Message = "The Hop project home {ProjectHome} does not exist; set it with --Hop:ProjectHome=DIR")]
    public static partial void LogProjectHomeMissing(this ILogger logger, string projectHome);

    [LoggerMessage(EventId = 4003, EventName = "UnsafeListenAddress", Level = LogLevel.Critical,
        Message = "Not starting: {Reason}")]
    public static partial void LogUnsafeListenAddress(this ILogger logger, string reason);

    [LoggerMessage(EventId = 4002, EventName = "ServingProject", Level = LogLevel.Information,
        Message = "Serving the Hop project {ProjectHome}")]
    public static partial void LogServingProject(this ILogger logger, string projectHome);
}
