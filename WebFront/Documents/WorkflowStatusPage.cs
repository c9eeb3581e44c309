using System.Net;
using System.Text;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;
using static Orleans.AsyncHop.WebFront.Documents.HtmlPages;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>
/// The hop/workflowStatus page: run header, action results, the transforms of the pipelines marked for
/// the run's service, and the log. It refreshes itself while the run goes on.
/// </summary>
public static class WorkflowStatusPage
{
    public static string Build(RunSnapshot run, string? name, LogPage? log, DateTimeOffset now)
    {
        var query = $"name={WebUtility.UrlEncode(name ?? run.ServiceName)}&id={WebUtility.UrlEncode(run.ContainerId)}";
        var live = RunStates.IsRunning(run.State) || run.State == RunState.Waiting;
        var body = new StringBuilder();
        body.Append("<main id=\"live\" data-live=\"").Append(live ? "true" : "false").Append("\" data-status=\"")
            .Append(Encode(RunStates.Describe(run.State))).Append("\">");
        AppendHeader(body, run, query, now);
        AppendActions(body, run, now);
        foreach (var pipeline in run.PipelineStatuses)
        {
            AppendPipeline(body, pipeline, now);
        }

        AppendLog(body, log);
        body.Append("</main>");
        return Page(run.WorkflowName + " – " + RunStates.Describe(run.State) + " – Hop workflow status", body.ToString(), live);
    }

    private static void AppendHeader(StringBuilder body, RunSnapshot run, string query, DateTimeOffset now)
    {
        var finished = run.Actions.Count(a => a.Result is not null);
        var errors = run.Result?.NrErrors ?? run.Actions.Sum(a => a.Result?.NrErrors ?? 0);
        body.Append("<div class=\"kicker\">Workflow status</div>");
        body.Append("<h1 id=\"workflow-name\">").Append(Encode(run.WorkflowName)).Append("</h1>");
        body.Append("<div class=\"sub\">Service <code>").Append(Encode(run.ServiceName)).Append("</code> · run <code id=\"run-id\">")
            .Append(Encode(run.ContainerId)).Append("</code></div>");
        body.Append("<div class=\"facts\">");
        body.Append("<div class=\"fact\"><div class=\"label\">Status</div><div class=\"value\"><span id=\"status\" class=\"badge big ")
            .Append(StatusClass(run.State)).Append("\">").Append(RunStates.IsRunning(run.State) ? "<span class=\"dot\"></span>" : string.Empty)
            .Append(Encode(RunStates.Describe(run.State))).Append("</span></div></div>");
        Fact(body, "Started", HopDates.Page(run.StartDate) ?? "–");
        Fact(body, "Ended", HopDates.Page(run.EndDate) ?? "–");
        Fact(body, "Duration", Duration(run.StartDate, run.EndDate, now));
        Fact(body, "Actions done", Number(finished));
        Fact(body, "Errors", Number(errors));
        body.Append("</div>");
        if (!string.IsNullOrEmpty(run.ErrorDescription))
        {
            body.Append("<div class=\"error\" id=\"error\">").Append(Encode(run.ErrorDescription)).Append("</div>");
        }

        body.Append("<p class=\"links\"><a href=\"/hop/workflowStatus?").Append(Encode(query)).Append("&amp;xml=y\">XML</a>")
            .Append("<a href=\"/hop/workflowStatus?").Append(Encode(query)).Append("&amp;json=y\">JSON</a>")
            .Append("<a href=\"/hop/asyncStatus?service=").Append(Encode(WebUtility.UrlEncode(run.ServiceName))).Append("&amp;id=")
            .Append(Encode(WebUtility.UrlEncode(run.ContainerId))).Append("\">Async status</a>")
            .Append("<a href=\"/hop/status\">All runs</a></p>");
    }

    private static void AppendActions(StringBuilder body, RunSnapshot run, DateTimeOffset now)
    {
        body.Append("<h2>Actions</h2>");
        if (run.Actions.Count == 0)
        {
            body.Append("<div class=\"empty\">No action has started yet.</div>");
            return;
        }

        body.Append("<div class=\"table-wrap\"><table id=\"actions\"><thead><tr><th>Action</th><th>Result</th>")
            .Append("<th class=\"num\">Errors</th><th class=\"num\">Read</th><th class=\"num\">Written</th><th class=\"num\">Input</th>")
            .Append("<th class=\"num\">Output</th><th class=\"num\">Rejected</th><th>Start</th><th>End</th><th class=\"num\">Duration</th></tr></thead><tbody>");
        foreach (var action in run.Actions)
        {
            var result = action.Result;
            var (label, css) = result is null ? ("Running", "running") : result.Result ? ("Success", "finished") : ("Failure", "failed");
            body.Append("<tr><td>").Append(Encode(action.ActionName));
            if (!string.IsNullOrEmpty(action.Reason) && result is { Result: false })
            {
                body.Append("<div class=\"muted\">").Append(Encode(action.Reason)).Append("</div>");
            }

            body.Append("</td><td><span class=\"badge ").Append(css).Append("\">").Append(label).Append("</span></td>");
            Cell(body, result?.NrErrors);
            Cell(body, result?.NrLinesRead);
            Cell(body, result?.NrLinesWritten);
            Cell(body, result?.NrLinesInput);
            Cell(body, result?.NrLinesOutput);
            Cell(body, result?.NrLinesRejected);
            body.Append("<td>").Append(Encode(HopDates.Page(action.Start))).Append("</td><td>").Append(Encode(HopDates.Page(action.End) ?? "–"))
                .Append("</td><td class=\"num\">").Append(Duration(action.Start, action.End, now)).Append("</td></tr>");
        }

        body.Append("</tbody></table></div>");
    }

    private static void AppendPipeline(StringBuilder body, PipelineStatusRecord pipeline, DateTimeOffset now)
    {
        body.Append("<h2>Pipeline ").Append(Encode(pipeline.PipelineName)).Append(' ').Append(Badge(pipeline.State))
            .Append("<span class=\"muted\">").Append(Duration(pipeline.ExecutionStartDate, pipeline.ExecutionEndDate, now)).Append("</span></h2>");
        if (!string.IsNullOrEmpty(pipeline.ErrorDescription))
        {
            body.Append("<div class=\"error\">").Append(Encode(pipeline.ErrorDescription)).Append("</div>");
        }

        body.Append("<div class=\"table-wrap\"><table class=\"transforms\" data-pipeline=\"").Append(Encode(pipeline.PipelineName))
            .Append("\"><thead><tr><th>Transform</th><th class=\"num\">Copy</th><th class=\"num\">Read</th><th class=\"num\">Written</th>")
            .Append("<th class=\"num\">Input</th><th class=\"num\">Output</th><th class=\"num\">Updated</th><th class=\"num\">Rejected</th>")
            .Append("<th class=\"num\">Errors</th><th>Status</th><th class=\"num\">Seconds</th><th class=\"num\">Rows/s</th>")
            .Append("<th class=\"num\">Buffers in/out</th></tr></thead><tbody>");
        foreach (var transform in pipeline.Transforms)
        {
            body.Append("<tr><td>").Append(Encode(transform.TransformName)).Append("</td>");
            Cell(body, transform.Copy);
            Cell(body, transform.LinesRead);
            Cell(body, transform.LinesWritten);
            Cell(body, transform.LinesInput);
            Cell(body, transform.LinesOutput);
            Cell(body, transform.LinesUpdated);
            Cell(body, transform.LinesRejected);
            Cell(body, transform.Errors);
            body.Append("<td><span class=\"badge ").Append(TransformClass(transform.StatusDescription)).Append("\">")
                .Append(Encode(transform.StatusDescription)).Append("</span></td><td class=\"num\">")
                .Append(JacksonJson.JavaDouble(transform.Seconds)).Append("</td><td class=\"num\">").Append(Encode(transform.Speed.Trim()))
                .Append("</td><td class=\"num\">").Append(Encode(transform.Priority.Trim())).Append("</td></tr>");
        }

        body.Append("</tbody></table></div>");
    }

    private static void AppendLog(StringBuilder body, LogPage? log)
    {
        body.Append("<h2>Log</h2>");
        if (log is { DroppedLines: > 0 })
        {
            body.Append("<p class=\"note\" id=\"dropped\">").Append(Number(log.DroppedLines))
                .Append(" older lines dropped; the server keeps the latest lines of a run.</p>");
        }

        body.Append("<pre class=\"log\" id=\"workflowlog\">").Append(Encode(log?.Text)).Append("</pre>");
    }

    private static void Fact(StringBuilder body, string label, string value) =>
        body.Append("<div class=\"fact\"><div class=\"label\">").Append(Encode(label)).Append("</div><div class=\"value\">")
            .Append(Encode(value)).Append("</div></div>");

    private static void Cell(StringBuilder body, long? value) =>
        body.Append("<td class=\"num\">").Append(value is { } number ? Number(number) : "–").Append("</td>");

    private static string TransformClass(string status) => status switch
    {
        "Running" => "running",
        "Finished" => "finished",
        "Stopped" or "Halting" or "Halted" => "stopped",
        _ => "waiting",
    };
}
