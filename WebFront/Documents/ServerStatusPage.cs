using System.Net;
using System.Text;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;
using static Orleans.AsyncHop.WebFront.Documents.HtmlPages;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>The hop/status page: the server's status and every known run, newest first, each linking to its page.</summary>
public static class ServerStatusPage
{
    public static string Build(IReadOnlyList<RunSummary> runs, string statusDescription, DateTimeOffset now)
    {
        var running = runs.Count(r => RunStates.IsRunning(r.State) || r.State == RunState.Waiting);
        var failed = runs.Count(r => r.State is RunState.FinishedWithErrors or RunState.StoppedWithErrors);
        var body = new StringBuilder();
        body.Append("<main id=\"live\" data-live=\"").Append(running > 0 ? "true" : "false").Append("\">");
        body.Append("<div class=\"kicker\">Hop Server status</div><h1>").Append(Encode(statusDescription)).Append("</h1>");
        body.Append("<div class=\"facts\">");
        Fact(body, "Runs", runs.Count);
        Fact(body, "Running", running);
        Fact(body, "Finished", runs.Count(r => r.State == RunState.Finished));
        Fact(body, "With errors", failed);
        body.Append("</div>");
        body.Append("<p class=\"links\"><a href=\"/hop/status?xml=y\">XML</a><a href=\"/hop/status?json=y\">JSON</a></p>");
        body.Append("<h2>Workflows</h2>");
        if (runs.Count == 0)
        {
            body.Append("<div class=\"empty\">No runs yet. Start one with hop/asyncRun.</div>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table id=\"workflows\"><thead><tr><th>Service</th><th>Workflow</th><th>Status</th>")
                .Append("<th>Started</th><th>Ended</th><th class=\"num\">Duration</th><th>Run id</th></tr></thead><tbody>");
            foreach (var run in runs.OrderByDescending(r => r.StartDate ?? DateTimeOffset.MaxValue))
            {
                var link = $"/hop/workflowStatus?name={WebUtility.UrlEncode(run.ServiceName)}&id={WebUtility.UrlEncode(run.ContainerId)}";
                body.Append("<tr><td><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(run.ServiceName)).Append("</a></td><td>")
                    .Append(Encode(run.WorkflowName)).Append("</td><td>").Append(Badge(run.State)).Append("</td><td>")
                    .Append(Encode(HopDates.Page(run.StartDate) ?? "–")).Append("</td><td>").Append(Encode(HopDates.Page(run.EndDate) ?? "–"))
                    .Append("</td><td class=\"num\">").Append(Duration(run.StartDate, run.EndDate, now)).Append("</td><td><a href=\"")
                    .Append(Encode(link)).Append("\"><code>").Append(Encode(run.ContainerId)).Append("</code></a></td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        body.Append("</main>");
        return Page("Hop Server status", body.ToString(), running > 0);
    }

    private static void Fact(StringBuilder body, string label, int value) =>
        body.Append("<div class=\"fact\"><div class=\"label\">").Append(Encode(label)).Append("</div><div class=\"value\">")
            .Append(Number(value)).Append("</div></div>");
}
