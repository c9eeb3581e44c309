using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>Records every measurement of the project's meters, as an exporter would see them.</summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public MetricRecorder(params string[] meterNames)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (meterNames.Contains(instrument.Meter.Name))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>The sum of an instrument's measurements whose tags include every given tag.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Sum(m => m.Value);

    public int Count(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Count();

    public void Dispose() => listener.Dispose();

    private IEnumerable<Measurement> Matching(string instrument, (string Key, string Value)[] tags) =>
        measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value));

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = Convert.ToString(tagValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    private sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags);
}
