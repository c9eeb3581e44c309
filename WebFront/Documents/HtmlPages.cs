using System.Net;
using System.Text;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>The HTML pages of hop/workflowStatus and hop/status, meant for a person watching runs.</summary>
public static class HtmlPages
{
    public static string WorkflowStatus(RunSnapshot run, string? name, LogPage? log, bool refresh)
    {
        var id = WebUtility.UrlEncode(run.ContainerId);
        var query = $"name={WebUtility.UrlEncode(name ?? run.ServiceName)}&id={id}";
        var body = new StringBuilder();
        body.Append("<h1>Workflow status</h1>");
        body.Append("<table class=\"header\">");
        Row(body, "Workflow", run.WorkflowName);
        Row(body, "Service", run.ServiceName);
        Row(body, "Server object id", run.ContainerId);
        body.Append("<tr><th>Status</th><td><span class=\"status ").Append(StatusClass(run.State)).Append("\" id=\"status\">")
            .Append(Encode(RunStates.Describe(run.State))).Append("</span></td></tr>");
        Row(body, "Start date", HopDates.Page(run.StartDate));
        Row(body, "End date", HopDates.Page(run.EndDate));
        if (!string.IsNullOrEmpty(run.ErrorDescription))
        {
            Row(body, "Error", run.ErrorDescription);
        }

        body.Append("</table>");
        body.Append($"<p class=\"links\"><a href=\"/hop/workflowStatus?{query}&xml=y\">XML</a> · <a href=\"/hop/workflowStatus?{query}&json=y\">JSON</a> · <a href=\"/hop/status\">All runs</a></p>");

        body.Append("<h2>Actions</h2><table class=\"grid\" id=\"actions\"><tr><th>Action</th><th>Result</th><th>Errors</th><th>Rows read</th><th>Rows written</th><th>Start</th><th>End</th></tr>");
        foreach (var action in run.Actions)
        {
            var result = action.Result is null ? "running" : action.Result.Result ? "success" : "failure";
            body.Append("<tr><td>").Append(Encode(action.ActionName)).Append("</td><td class=\"").Append(result).Append("\">").Append(result)
                .Append("</td><td>").Append(action.Result?.NrErrors ?? 0).Append("</td><td>").Append(action.Result?.NrLinesRead ?? 0)
                .Append("</td><td>").Append(action.Result?.NrLinesWritten ?? 0).Append("</td><td>").Append(Encode(HopDates.Page(action.Start)))
                .Append("</td><td>").Append(Encode(HopDates.Page(action.End))).Append("</td></tr>");
        }

        body.Append("</table>");
        foreach (var pipeline in run.PipelineStatuses)
        {
            body.Append("<h2>Pipeline ").Append(Encode(pipeline.PipelineName)).Append(" <span class=\"status ").Append(StatusClass(pipeline.State)).Append("\">")
                .Append(Encode(RunStates.Describe(pipeline.State))).Append("</span></h2>");
            body.Append("<table class=\"grid transforms\"><tr><th>Transform</th><th>Copy</th><th>Read</th><th>Written</th><th>Input</th><th>Output</th><th>Updated</th><th>Rejected</th><th>Errors</th><th>Status</th><th>Seconds</th><th>Speed (rows/s)</th></tr>");
            foreach (var t in pipeline.Transforms)
            {
                body.Append("<tr><td>").Append(Encode(t.TransformName)).Append("</td><td>").Append(t.Copy).Append("</td><td>").Append(t.LinesRead)
                    .Append("</td><td>").Append(t.LinesWritten).Append("</td><td>").Append(t.LinesInput).Append("</td><td>").Append(t.LinesOutput)
                    .Append("</td><td>").Append(t.LinesUpdated).Append("</td><td>").Append(t.LinesRejected).Append("</td><td>").Append(t.Errors)
                    .Append("</td><td>").Append(Encode(t.StatusDescription)).Append("</td><td>").Append(JacksonJson.JavaDouble(t.Seconds))
                    .Append("</td><td>").Append(Encode(t.Speed)).Append("</td></tr>");
            }

            body.Append("</table>");
        }

        body.Append("<h2>Log</h2>");
        if (log is { DroppedLines: > 0 })
        {
            body.Append("<p class=\"note\">").Append(log.DroppedLines).Append(" older log lines are no longer kept.</p>");
        }

        body.Append("<textarea id=\"workflowlog\" readonly>").Append(Encode(log?.Text)).Append("</textarea>");
        return Page("Hop workflow status", body.ToString(), refresh && RunStates.IsRunning(run.State));
    }

    public static string ServerStatus(IReadOnlyList<RunSummary> runs, string statusDescription)
    {
        var body = new StringBuilder();
        body.Append("<h1>Hop Server status</h1><p>Server status: <span class=\"status\">").Append(Encode(statusDescription)).Append("</span></p>");
        body.Append("<h2>Workflows</h2><table class=\"grid\" id=\"workflows\"><tr><th>Name</th><th>Workflow</th><th>Id</th><th>Status</th><th>Start</th><th>End</th></tr>");
        foreach (var run in runs)
        {
            var link = $"/hop/workflowStatus?name={WebUtility.UrlEncode(run.ServiceName)}&id={WebUtility.UrlEncode(run.ContainerId)}";
            body.Append("<tr><td><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(run.ServiceName)).Append("</a></td><td>")
                .Append(Encode(run.WorkflowName)).Append("</td><td>").Append(Encode(run.ContainerId)).Append("</td><td><span class=\"status ")
                .Append(StatusClass(run.State)).Append("\">").Append(Encode(RunStates.Describe(run.State))).Append("</span></td><td>")
                .Append(Encode(HopDates.Page(run.StartDate))).Append("</td><td>").Append(Encode(HopDates.Page(run.EndDate))).Append("</td></tr>");
        }

        body.Append("</table>");
        return Page("Hop Server status", body.ToString(), refresh: false);
    }

    public static string Message(string title, string message) =>
        Page(title, "<h1>" + Encode(title) + "</h1><p>" + Encode(message) + "</p><p><a href=\"/hop/status\">Back to status page</a></p>", refresh: false);

    private static string Page(string title, string body, bool refresh)
    {
        var meta = refresh ? "<meta http-equiv=\"Refresh\" content=\"2\">" : string.Empty;
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + Encode(title) + "</title>" + meta +
            "<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;margin-bottom:1rem}" +
            "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}th{background:#f0f0f0}.status{padding:.1rem .4rem;border-radius:.3rem;color:#fff;background:#777}" +
            ".running{background:#1f6feb}.finished{background:#1a7f37}.failed{background:#cf222e}.stopped{background:#9a6700}" +
            ".success{color:#1a7f37}.failure{color:#cf222e}textarea{width:100%;height:20rem;font-family:monospace}</style></head><body>" +
            body + "</body></html>";
    }

    private static void Row(StringBuilder body, string label, string? value) =>
        body.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");

    private static string StatusClass(RunState state) => state switch
    {
        RunState.Running or RunState.Halting => "running",
        RunState.Finished => "finished",
        RunState.FinishedWithErrors or RunState.StoppedWithErrors => "failed",
        RunState.Stopped => "stopped",
        _ => "waiting",
    };

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
