using System.Diagnostics;
using System.Diagnostics.Metrics;
using Orleans.AsyncHop.Engine.Diagnostics;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// The grains' trace source and meter: the spans around starting a run and the run counters. Attribute
/// names are the engine's, so one query finds a run's spans from both.
/// </summary>
public static class GrainTelemetry
{
    public const string ActivitySourceName = "Orleans.AsyncHop.Grains";
    public const string MeterName = "Orleans.AsyncHop.Grains";

    public const string ServiceStartSpan = "hop.service.start";
    public const string RunStartSpan = "hop.run.start";

    public const string SiloTag = "hop.silo";

    public const string RunsStartedInstrument = "hop.runs.started";
    public const string RunsFinishedInstrument = "hop.runs.finished";
    public const string RunsFailedInstrument = "hop.runs.failed";
    public const string RunsStoppedInstrument = "hop.runs.stopped";
    public const string RunsRunningInstrument = "hop.runs.running";
    public const string RunDurationInstrument = "hop.run.duration";
    public const string StatusQueriesInstrument = "hop.status.queries";

    public static ActivitySource Source { get; } = new(ActivitySourceName);

    public static Meter Meter { get; } = new(MeterName);

    private static readonly Counter<long> RunsStarted = Meter.CreateCounter<long>(
        RunsStartedInstrument, "{run}", "Runs started.");

    private static readonly Counter<long> RunsFinished = Meter.CreateCounter<long>(
        RunsFinishedInstrument, "{run}", "Runs that ended without errors.");

    private static readonly Counter<long> RunsFailed = Meter.CreateCounter<long>(
        RunsFailedInstrument, "{run}", "Runs that ended with errors.");

    private static readonly Counter<long> RunsStopped = Meter.CreateCounter<long>(
        RunsStoppedInstrument, "{run}", "Runs that ended because a user stopped them.");

    private static readonly UpDownCounter<long> RunsRunning = Meter.CreateUpDownCounter<long>(
        RunsRunningInstrument, "{run}", "Runs going on now on this silo.");

    private static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(
        RunDurationInstrument, "s", "How long runs took, from start to end.");

    private static readonly Counter<long> StatusQueries = Meter.CreateCounter<long>(
        StatusQueriesInstrument, "{query}", "Status queries answered by run grains.");

    public static void RecordRunStarted(string serviceName)
    {
        var service = ServiceTag(serviceName);
        RunsStarted.Add(1, service);
        RunsRunning.Add(1, service);
    }

    public static void RecordRunEnded(string serviceName, RunState state, TimeSpan duration)
    {
        var service = ServiceTag(serviceName);
        RunsRunning.Add(-1, service);
        var counter = state switch
        {
            RunState.Finished => RunsFinished,
            RunState.Stopped or RunState.StoppedWithErrors => RunsStopped,
            _ => RunsFailed,
        };
        counter.Add(1, service);
        RunDuration.Record(duration.TotalSeconds, service, new KeyValuePair<string, object?>(EngineTelemetry.ResultTag, state.ToString()));
    }

    public static void RecordStatusQuery(string? serviceName) => StatusQueries.Add(1, ServiceTag(serviceName ?? string.Empty));

    /// <summary>Sets the span's status to error with the reason; a null span (nobody listening) is ignored.</summary>
    public static void Fail(Activity? activity, string resultTag, string reason)
    {
        activity?.SetTag(EngineTelemetry.ResultTag, resultTag);
        activity?.SetStatus(ActivityStatusCode.Error, reason);
    }

    private static KeyValuePair<string, object?> ServiceTag(string serviceName) => new(EngineTelemetry.ServiceTag, serviceName);
}
