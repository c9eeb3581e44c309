using System.Diagnostics;
using System.Net;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// The values Get system info can produce, keyed by the type code Hop writes in the .hpl file. Date
/// ranges start at 00:00:00.000 and end at 23:59:59.999 local time; weeks start on Sunday, as in Hop's
/// default (US) locale.
/// </summary>
public static class SystemInfoValues
{
    public sealed record Context(DateTime Now, DateTime PipelineStart, PipelineExecution Pipeline, int CopyNr);

    private static readonly Dictionary<string, (HopValueType Type, Func<Context, object?> Value)> Types =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["system date (variable)"] = (HopValueType.Date, c => c.Now),
            ["system date (fixed)"] = (HopValueType.Date, c => c.PipelineStart),
            ["start date range"] = (HopValueType.Date, c => c.PipelineStart),
            ["end date range"] = (HopValueType.Date, c => c.PipelineStart),
            ["pipeline start date"] = (HopValueType.Date, c => c.PipelineStart),
            ["today start"] = (HopValueType.Date, c => c.Now.Date),
            ["today end"] = (HopValueType.Date, c => End(c.Now.Date)),
            ["yesterday start"] = (HopValueType.Date, c => c.Now.Date.AddDays(-1)),
            ["yesterday end"] = (HopValueType.Date, c => End(c.Now.Date.AddDays(-1))),
            ["tomorrow start"] = (HopValueType.Date, c => c.Now.Date.AddDays(1)),
            ["tomorrow end"] = (HopValueType.Date, c => End(c.Now.Date.AddDays(1))),
            ["last month start"] = (HopValueType.Date, c => MonthStart(c.Now, -1)),
            ["last month end"] = (HopValueType.Date, c => End(MonthStart(c.Now, 0).AddDays(-1))),
            ["this month start"] = (HopValueType.Date, c => MonthStart(c.Now, 0)),
            ["this month end"] = (HopValueType.Date, c => End(MonthStart(c.Now, 1).AddDays(-1))),
            ["next month start"] = (HopValueType.Date, c => MonthStart(c.Now, 1)),
            ["next month end"] = (HopValueType.Date, c => End(MonthStart(c.Now, 2).AddDays(-1))),
            ["last week start"] = (HopValueType.Date, c => WeekStart(c.Now, -1)),
            ["last week end"] = (HopValueType.Date, c => End(WeekStart(c.Now, 0).AddDays(-1))),
            ["this week start"] = (HopValueType.Date, c => WeekStart(c.Now, 0)),
            ["this week end"] = (HopValueType.Date, c => End(WeekStart(c.Now, 1).AddDays(-1))),
            ["next week start"] = (HopValueType.Date, c => WeekStart(c.Now, 1)),
            ["next week end"] = (HopValueType.Date, c => End(WeekStart(c.Now, 2).AddDays(-1))),
            ["this quarter start"] = (HopValueType.Date, c => QuarterStart(c.Now, 0)),
            ["this quarter end"] = (HopValueType.Date, c => End(QuarterStart(c.Now, 1).AddDays(-1))),
            ["last quarter start"] = (HopValueType.Date, c => QuarterStart(c.Now, -1)),
            ["last quarter end"] = (HopValueType.Date, c => End(QuarterStart(c.Now, 0).AddDays(-1))),
            ["this year start"] = (HopValueType.Date, c => new DateTime(c.Now.Year, 1, 1)),
            ["this year end"] = (HopValueType.Date, c => End(new DateTime(c.Now.Year, 12, 31))),
            ["last year start"] = (HopValueType.Date, c => new DateTime(c.Now.Year - 1, 1, 1)),
            ["last year end"] = (HopValueType.Date, c => End(new DateTime(c.Now.Year - 1, 12, 31))),
            ["pipeline name"] = (HopValueType.String, c => c.Pipeline.Name),
            ["pipeline file name"] = (HopValueType.String, c => c.Pipeline.Meta.FilePath),
            ["copy of transform"] = (HopValueType.Integer, c => (long)c.CopyNr),
            ["hostname"] = (HopValueType.String, _ => Dns.GetHostName()),
            ["hostname real"] = (HopValueType.String, _ => Dns.GetHostName()),
            ["IP address"] = (HopValueType.String, _ => IpAddress()),
            ["current pid"] = (HopValueType.Integer, _ => (long)Environment.ProcessId),
            ["available processors"] = (HopValueType.Integer, _ => (long)Environment.ProcessorCount),
            // NOTE: there is no JVM here; the memory and CPU types report the .NET runtime's figures instead.
            ["JVM max memory"] = (HopValueType.Integer, _ => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes),
            ["JVM total memory"] = (HopValueType.Integer, _ => GC.GetTotalMemory(false)),
            ["JVM free memory"] = (HopValueType.Integer, _ => Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false))),
            ["JVM available memory"] = (HopValueType.Integer, _ => Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false))),
            ["JVM CPU time"] = (HopValueType.Integer, _ => (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds),
            ["Hop version"] = (HopValueType.String, _ => "2.x (Orleans.AsyncHop)"),
        };

    public static bool IsKnown(string type) => Types.ContainsKey(type.Trim());

    public static HopValueType TypeOf(string type) => Types[type.Trim()].Type;

    public static object? Get(string type, Context context) => Types[type.Trim()].Value(context);

    private static DateTime End(DateTime day) => day.Date.AddDays(1).AddMilliseconds(-1);

    private static DateTime MonthStart(DateTime now, int offset) => new DateTime(now.Year, now.Month, 1).AddMonths(offset);

    private static DateTime WeekStart(DateTime now, int offset) => now.Date.AddDays(-(int)now.DayOfWeek + (7 * offset));

    private static DateTime QuarterStart(DateTime now, int offset) =>
        new DateTime(now.Year, ((now.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * offset);

    private static string IpAddress()
    {
        try
        {
            return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)?.ToString()
                ?? "127.0.0.1";
        }
        catch (System.Net.Sockets.SocketException)
        {
            return "127.0.0.1";
        }
    }
}
