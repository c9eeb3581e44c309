using System.Globalization;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// Live counters of one transform copy, with the fields of Hop's TransformStatus. Seconds, speed and
/// priority are derived from the counters and the run time exactly as Hop derives them.
/// </summary>
public sealed record TransformStatusSnapshot(
    string TransformName,
    int Copy,
    long LinesRead,
    long LinesWritten,
    long LinesInput,
    long LinesOutput,
    long LinesUpdated,
    long LinesRejected,
    long Errors,
    long InputBufferSize,
    long OutputBufferSize,
    string StatusDescription,
    long ExecutionMilliseconds,
    bool IsRunning,
    bool Stopped,
    bool Paused,
    string LogText)
{
    /// <summary>Run time in seconds, rounded half up to one decimal (Hop works in float milliseconds).</summary>
    public double Seconds => Math.Floor((double)(Lapsed * 10f) + 0.5) / 10;

    /// <summary>
    /// Rows per second as Hop shows them: "-" before the copy has run a millisecond, else a space and the
    /// larger of the input rate (input or read) and the output rate (output + updated or written + rejected).
    /// Each rate is cut to one decimal, then rounded half to even to a whole number with thousands separators.
    /// </summary>
    public string Speed
    {
        get
        {
            var lapsed = Lapsed;
            if (lapsed == 0f)
            {
                return "-";
            }

            var inProcessed = Math.Max(LinesInput, LinesRead);
            var outProcessed = Math.Max(LinesOutput + LinesUpdated, LinesWritten + LinesRejected);
            var inSpeed = Math.Floor((double)(10f * (inProcessed / lapsed))) / 10;
            var outSpeed = Math.Floor((double)(10f * (outProcessed / lapsed))) / 10;
            var speed = Math.Round(Math.Max(inSpeed, outSpeed), MidpointRounding.ToEven);
            return " " + speed.ToString("#,##0", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>While the copy runs, three spaces and its input/output buffer sizes; "-" otherwise.</summary>
    public string Priority => IsRunning ? "   " + InputBufferSize + "/" + OutputBufferSize : "-";

    private float Lapsed => (float)ExecutionMilliseconds / 1000;
}
