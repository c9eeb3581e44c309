namespace Orleans.AsyncHop.Engine.Values.Serialization;

/// <summary>Constants and date conversions shared by the reader and writer of Hop's binary row serialization.</summary>
internal static class HopRowFormat
{
    public const int StorageNormal = 0;

    public const int StorageBinaryString = 1;

    public const int StorageIndexed = 2;

    /// <summary>Converts a date to milliseconds since 1970-01-01 UTC, as Java's <c>Date.getTime()</c>. Unspecified dates count as local.</summary>
    public static long ToEpochMilliseconds(DateTime date) =>
        date.Kind == DateTimeKind.Utc
            ? new DateTimeOffset(date).ToUnixTimeMilliseconds()
            : new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Local)).ToUnixTimeMilliseconds();

    public static DateTime FromEpochMilliseconds(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).LocalDateTime;
}
