using System.Text.Json.Nodes;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>The hop/asyncStatus body: Hop's AsyncStatus object in Jackson's pretty layout.</summary>
public static class AsyncStatusDocument
{
    public static string Build(RunSnapshot run, DateTimeOffset now)
    {
        var variables = new JsonObject();
        foreach (var (name, value) in run.StatusVariables)
        {
            variables[name] = value;
        }

        var pipelines = new JsonArray();
        foreach (var pipeline in run.PipelineStatuses)
        {
            pipelines.Add(PipelineStatusDocument.Json(pipeline));
        }

        var document = new JsonObject
        {
            ["service"] = run.ServiceName,
            ["id"] = run.ContainerId,
            ["logDate"] = HopDates.Json(now),
            ["startDate"] = HopDates.Json(run.StartDate),
            ["endDate"] = HopDates.Json(run.EndDate),
            ["statusDescription"] = RunStates.Describe(run.State),
            ["statusVariables"] = variables,
            ["pipelineStatuses"] = pipelines,
        };
        return JacksonJson.Pretty(document);
    }
}
