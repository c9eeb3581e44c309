namespace Orleans.AsyncHop.Grains;

/// <summary>How runs are watched for a lost silo and how finished runs are expired.</summary>
public sealed class RunDurabilityOptions
{
    public const string SectionName = "Hop:Durability";

    /// <summary>Orleans' default minimum reminder period. Shorter periods need <c>Orleans:ReminderOptions:MinimumReminderPeriod</c>.</summary>
    public static readonly TimeSpan DefaultWatchPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Period of the reminder each running run holds. When it fires on an activation that no longer runs the
    /// workflow (its silo was lost), the run is settled as stopped with errors. The same period paces the
    /// retries of a finished run's removal.
    /// </summary>
    public TimeSpan WatchPeriod { get; set; } = DefaultWatchPeriod;
}
