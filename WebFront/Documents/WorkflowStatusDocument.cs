using System.Text;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>Hop's HopServerWorkflowStatus in JSON and XML, as hop/workflowStatus and hop/status return it.</summary>
public static class WorkflowStatusDocument
{
    /// <summary>Builds the full JSON object; <paramref name="reportedName"/> follows Hop's rules for workflowName.</summary>
    public static JsonObject Json(RunSnapshot run, string? reportedName, LogPage? log)
    {
        var actions = new JsonArray();
        foreach (var action in run.Actions)
        {
            actions.Add(new JsonObject
            {
                ["name"] = action.ActionName,
                ["status"] = RunStates.ActionStatus(action),
                ["result"] = ResultDocument.Json(action.Result),
            });
        }

        var document = new JsonObject
        {
            ["workflowName"] = reportedName,
            ["id"] = run.ContainerId,
            ["statusDescription"] = RunStates.Describe(run.State),
            ["errorDescription"] = run.ErrorDescription,
            ["loggingString"] = HopLogEncoding.Encode(log?.Text),
            ["firstLoggingLineNr"] = log?.FirstLineNumber ?? 0,
            ["lastLoggingLineNr"] = log?.LastLineNumber ?? 0,
            ["actionStatusList"] = actions,
            ["result"] = ResultDocument.Json(run.Result),
        };
        AddDatesAndFlags(document, run, run.StartDate);
        return document;
    }

    /// <summary>The light entry hop/status lists: name, id, status and dates only.</summary>
    public static JsonObject LightJson(RunSummary run, DateTimeOffset now)
    {
        var document = new JsonObject
        {
            ["workflowName"] = run.ServiceName,
            ["id"] = run.ContainerId,
            ["statusDescription"] = RunStates.Describe(run.State),
            ["errorDescription"] = null,
            ["loggingString"] = null,
            ["firstLoggingLineNr"] = 0,
            ["lastLoggingLineNr"] = 0,
            ["actionStatusList"] = new JsonArray(),
            ["result"] = null,
            ["logDate"] = HopDates.Json(now),
            ["executionStartDate"] = HopDates.Json(run.StartDate),
            ["executionEndDate"] = HopDates.Json(run.EndDate),
        };
        AddFlags(document, run.State);
        return document;
    }

    public static string Xml(RunSnapshot run, string? reportedName, LogPage? log)
    {
        var builder = new StringBuilder();
        builder.Append("<workflow-status>\n");
        builder.Append("  ").Append(HopXml.Tag("workflowname", reportedName));
        builder.Append("  ").Append(HopXml.Tag("id", run.ContainerId));
        builder.Append("  ").Append(HopXml.Tag("status_desc", RunStates.Describe(run.State)));
        builder.Append("  ").Append(HopXml.Tag("error_desc", run.ErrorDescription));
        builder.Append("  ").Append(HopXml.Tag("log_date", HopDates.Xml(run.StartDate)));
        builder.Append("  ").Append(HopXml.Tag("execution_start_date", HopDates.Xml(run.StartDate)));
        builder.Append("  ").Append(HopXml.Tag("execution_end_date", HopDates.Xml(run.EndDate)));
        builder.Append("  <logging_string>").Append(HopXml.LogPayload(HopLogEncoding.Encode(log?.Text))).Append("</logging_string>\n");
        builder.Append("  ").Append(HopXml.Tag("first_log_line_nr", log?.FirstLineNumber ?? 0));
        builder.Append("  ").Append(HopXml.Tag("last_log_line_nr", log?.LastLineNumber ?? 0));
        builder.Append("  <action_status_list>\n");
        foreach (var action in run.Actions)
        {
            builder.Append("<action_status>").Append(HopXml.Tag("name", action.ActionName));
            builder.Append(HopXml.Tag("status", RunStates.ActionStatus(action)));
            if (action.Result is not null)
            {
                builder.Append(ResultDocument.Xml(action.Result));
            }

            builder.Append("</action_status>\n");
        }

        builder.Append("  </action_status_list>\n");
        builder.Append("<workflow_tracker>").Append(HopXml.Tag("workflow_name", run.WorkflowName)).Append("</workflow_tracker>");
        if (run.Result is not null)
        {
            builder.Append(ResultDocument.Xml(run.Result));
        }

        builder.Append("</workflow-status>");
        return builder.ToString();
    }

    public static string LightXml(RunSummary run)
    {
        var builder = new StringBuilder();
        builder.Append("    <workflow-status>\n");
        builder.Append("  ").Append(HopXml.Tag("workflowname", run.ServiceName));
        builder.Append("  ").Append(HopXml.Tag("id", run.ContainerId));
        builder.Append("  ").Append(HopXml.Tag("status_desc", RunStates.Describe(run.State)));
        builder.Append("  ").Append(HopXml.Tag("error_desc", null));
        builder.Append("  ").Append(HopXml.Tag("log_date", HopDates.Xml(DateTimeOffset.UtcNow)));
        builder.Append("  ").Append(HopXml.Tag("execution_start_date", HopDates.Xml(run.StartDate)));
        builder.Append("  ").Append(HopXml.Tag("execution_end_date", HopDates.Xml(run.EndDate)));
        builder.Append("  <logging_string>").Append(HopXml.LogPayload(string.Empty)).Append("</logging_string>\n");
        builder.Append("  ").Append(HopXml.Tag("first_log_line_nr", 0));
        builder.Append("  ").Append(HopXml.Tag("last_log_line_nr", 0));
        builder.Append("  <action_status_list>\n  </action_status_list>\n");
        builder.Append("</workflow-status>\n");
        return builder.ToString();
    }

    private static void AddDatesAndFlags(JsonObject document, RunSnapshot run, DateTimeOffset? logDate)
    {
        document["logDate"] = HopDates.Json(logDate);
        document["executionStartDate"] = HopDates.Json(run.StartDate);
        document["executionEndDate"] = HopDates.Json(run.EndDate);
        AddFlags(document, run.State);
    }

    private static void AddFlags(JsonObject document, RunState state)
    {
        document["running"] = RunStates.IsRunning(state);
        document["waiting"] = state == RunState.Waiting;
        document["finished"] = RunStates.IsFinished(state);
        document["stopped"] = RunStates.IsStopped(state);
    }
}
