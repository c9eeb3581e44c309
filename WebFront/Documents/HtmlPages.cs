using System.Globalization;
using System.Net;
using System.Text;
using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>
/// The HTML pages of hop/workflowStatus and hop/status, meant for a person watching runs: the shared page
/// frame, status badges and number formatting. The page bodies live in <see cref="WorkflowStatusPage"/>
/// and <see cref="ServerStatusPage"/>.
/// </summary>
public static class HtmlPages
{
    /// <summary>Seconds between two refreshes of a page whose run is still going.</summary>
    public const int RefreshSeconds = 2;

    public static string WorkflowStatus(RunSnapshot run, string? name, LogPage? log, DateTimeOffset now) =>
        WorkflowStatusPage.Build(run, name, log, now);

    public static string ServerStatus(IReadOnlyList<RunSummary> runs, string statusDescription, DateTimeOffset now) =>
        ServerStatusPage.Build(runs, statusDescription, now);

    public static string Message(string title, string message) =>
        Page(title, "<main><h1>" + Encode(title) + "</h1><p>" + Encode(message) + "</p><p><a href=\"/hop/status\">Back to status page</a></p></main>", live: false);

    /// <summary>
    /// Wraps a body in the page frame. A live page keeps its content in an element with id "live" and
    /// data-live="true"; a small script fetches the page again every few seconds and swaps that element
    /// until the run is over. Without scripts, a meta refresh does the same.
    /// </summary>
    internal static string Page(string title, string body, bool live)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(Encode(title)).Append("</title>");
        if (live)
        {
            page.Append("<noscript><meta http-equiv=\"Refresh\" content=\"").Append(RefreshSeconds).Append("\"></noscript>");
        }

        page.Append("<style>").Append(HtmlAssets.Styles).Append("</style></head><body>");
        page.Append("<header class=\"bar\"><a class=\"brand\" href=\"/hop/status\">Hop Server</a>");
        page.Append("<span class=\"updated\" id=\"updated\"></span></header>");
        page.Append(body);
        page.Append("<script>").Append(HtmlAssets.RefreshScript.Replace("{SECONDS}", (RefreshSeconds * 1000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append("</script>");
        page.Append("</body></html>");
        return page.ToString();
    }

    internal static string Badge(RunState state) =>
        "<span class=\"badge " + StatusClass(state) + "\">" + Encode(RunStates.Describe(state)) + "</span>";

    internal static string StatusClass(RunState state) => state switch
    {
        RunState.Running => "running",
        RunState.Halting => "halting",
        RunState.Finished => "finished",
        RunState.FinishedWithErrors or RunState.StoppedWithErrors => "failed",
        RunState.Stopped => "stopped",
        _ => "waiting",
    };

    internal static string Number(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    internal static string Duration(DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now)
    {
        if (start is not { } from)
        {
            return "–";
        }

        var span = (end ?? now) - from;
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes:00}m {span.Seconds:00}s")
            : span.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds:00}s")
                : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0}s");
    }

    internal static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
