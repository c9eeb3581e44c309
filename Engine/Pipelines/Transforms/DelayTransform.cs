using System.Globalization;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Delay row: waits before passing each row on. The amount comes from the settings or from a numeric
/// or text field (null or empty means no delay); the unit comes from the settings or from a text field
/// (ms, s, m, h and their long names; null or empty means seconds; anything else fails the row).
/// </summary>
[Transform("Delay")]
public sealed class DelayTransform : TransformBase
{
    private long staticTimeout;
    private long staticMultiple;
    private int timeoutIndex = -1;
    private int scaleIndex = -1;
    private bool prepared;

    public override void Init()
    {
        staticTimeout = long.TryParse(Resolve(Meta.Element.Tag("timeout")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : 0;
        var scale = Meta.Element.TagOrEmpty("scaletime");
        staticMultiple = Multiple(scale) ?? Multiple(ScaleCodeName(scale)) ?? 1000;
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        if (!prepared)
        {
            Prepare(meta);
        }

        var timeout = ResolveTimeout(meta, row);
        var multiple = ResolveMultiple(meta, row);
        if (timeout > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(checked(timeout * multiple)), Pipeline.Context.TimeProvider, cancellationToken);
        }

        await PutRowAsync(meta, row, cancellationToken);
    }

    private void Prepare(RowMeta meta)
    {
        prepared = true;
        if (Meta.Element.Tag("timeout_field") is { Length: > 0 } timeoutField)
        {
            timeoutIndex = meta.RequireIndex(timeoutField, Name);
        }

        if (Meta.Element.Flag("scaletime_from_field"))
        {
            var scaleField = Meta.Element.Tag("scaletime_field");
            if (string.IsNullOrEmpty(scaleField))
            {
                throw Failure("the time unit is to be read from a field, but no field is named.");
            }

            scaleIndex = meta.RequireIndex(scaleField, Name);
        }
    }

    private long ResolveTimeout(RowMeta meta, object?[] row)
    {
        if (timeoutIndex < 0)
        {
            return Math.Max(0, staticTimeout);
        }

        var value = ValueConverter.ToText(meta[timeoutIndex], row[timeoutIndex]);
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw Failure($"the delay '{value}' in field '{meta[timeoutIndex].Name}' is not numeric.");
        }

        var timeout = (long)Math.Round(number, MidpointRounding.AwayFromZero);
        return timeout >= 0 ? timeout : throw Failure($"the delay {timeout} in field '{meta[timeoutIndex].Name}' is negative.");
    }

    private long ResolveMultiple(RowMeta meta, object?[] row)
    {
        if (scaleIndex < 0)
        {
            return staticMultiple;
        }

        var value = ValueConverter.ToText(meta[scaleIndex], row[scaleIndex]);
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1000;
        }

        return Multiple(value)
            ?? throw Failure($"the time unit '{value}' in field '{meta[scaleIndex].Name}' is invalid; use ms, s, m or h.");
    }

    private static long? Multiple(string? unit) => unit?.Trim().ToLowerInvariant() switch
    {
        "ms" or "msec" or "millisecond" or "milliseconds" => 1,
        "s" or "sec" or "secs" or "second" or "seconds" => 1000,
        "m" or "min" or "mins" or "minute" or "minutes" => 60_000,
        "h" or "hr" or "hour" or "hours" => 3_600_000,
        _ => null,
    };

    /// <summary>Older files store the unit as a code: 0 milliseconds, 1 seconds, 2 minutes, 3 hours.</summary>
    private static string? ScaleCodeName(string code) => code.Trim() switch
    {
        "0" => "ms",
        "1" => "s",
        "2" => "m",
        "3" => "h",
        _ => null,
    };
}
