using System.Text.Json.Nodes;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>A pipeline snapshot as Hop's HopServerPipelineStatus JSON, with the TransformStatus list.</summary>
public static class PipelineStatusDocument
{
    public static JsonObject Json(PipelineStatusRecord pipeline)
    {
        var transforms = new JsonArray();
        long errors = 0;
        foreach (var transform in pipeline.Transforms)
        {
            errors += transform.Errors;
            transforms.Add(TransformJson(transform));
        }

        var status = RunStates.Describe(pipeline.State);
        return new JsonObject
        {
            ["id"] = pipeline.Id,
            ["pipelineName"] = pipeline.PipelineName,
            ["statusDescription"] = status,
            ["errorDescription"] = pipeline.ErrorDescription,
            ["loggingString"] = HopLogEncoding.Encode(pipeline.LogText),
            ["firstLoggingLineNr"] = -1,
            ["lastLoggingLineNr"] = -1,
            ["logDate"] = HopDates.Json(pipeline.LogDate),
            ["transformStatusList"] = transforms,
            ["result"] = null,
            ["paused"] = false,
            ["executionStartDate"] = HopDates.Json(pipeline.ExecutionStartDate),
            ["executionEndDate"] = HopDates.Json(pipeline.ExecutionEndDate),
            ["running"] = pipeline.State == RunState.Running,
            ["stopped"] = pipeline.State is RunState.Stopped or RunState.StoppedWithErrors,
            ["waiting"] = pipeline.State == RunState.Waiting,
            ["finished"] = pipeline.State is RunState.Finished or RunState.FinishedWithErrors,
            ["nrTransformErrors"] = errors,
        };
    }

    public static JsonObject TransformJson(TransformStatusRecord transform) => new()
    {
        ["transformName"] = transform.TransformName,
        ["copy"] = transform.Copy,
        ["linesRead"] = transform.LinesRead,
        ["linesWritten"] = transform.LinesWritten,
        ["linesInput"] = transform.LinesInput,
        ["linesOutput"] = transform.LinesOutput,
        ["linesUpdated"] = transform.LinesUpdated,
        ["linesRejected"] = transform.LinesRejected,
        ["dataVolume"] = null,
        ["dataVolumeIn"] = null,
        ["dataVolumeOut"] = null,
        ["inputBufferSize"] = transform.InputBufferSize,
        ["outputBufferSize"] = transform.OutputBufferSize,
        ["errors"] = transform.Errors,
        ["statusDescription"] = transform.StatusDescription,
        ["seconds"] = transform.Seconds,
        ["speed"] = transform.Speed,
        ["priority"] = transform.Priority,
        ["stopped"] = transform.Stopped,
        ["paused"] = transform.Paused,
        ["logText"] = transform.LogText,
        ["sampleRowMeta"] = null,
        ["sampleRows"] = null,
    };
}
