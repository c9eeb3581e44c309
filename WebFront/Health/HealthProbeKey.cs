namespace Orleans.AsyncHop.WebFront.Health;

/// <summary>
/// The key of this host's health probe grain: one probe per machine, so the stored probe states stay few
/// however often the server restarts.
/// </summary>
public static class HealthProbeKey
{
    public static string ForThisHost { get; } = "probe-" + Environment.MachineName;
}
