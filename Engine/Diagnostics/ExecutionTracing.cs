using System.Diagnostics;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Workflows;

namespace Orleans.AsyncHop.Engine.Diagnostics;

/// <summary>
/// Spans of a run: one per workflow, one per action, one per pipeline, and after each pipeline one summary
/// span per transform copy with its row counts. Rows themselves are never traced.
/// </summary>
internal static class ExecutionTracing
{
    public static Activity? StartWorkflow(WorkflowExecution run)
    {
        var activity = EngineTelemetry.Source.StartActivity(EngineTelemetry.WorkflowSpan);
        if (activity is null)
        {
            return null;
        }

        AddRunTags(activity, run.Context);
        activity.SetTag(EngineTelemetry.ContainerIdTag, run.ParentScope is null ? run.Id : run.Context.ContainerId ?? run.Id);
        activity.SetTag(EngineTelemetry.LogChannelIdTag, run.LogChannelId);
        activity.SetTag(EngineTelemetry.WorkflowTag, run.Name);
        return activity;
    }

    public static void EndWorkflow(Activity? activity, WorkflowExecution run, HopResult result)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(EngineTelemetry.ResultTag, ExecutionStatuses.Describe(run.Status));
        activity.SetTag(EngineTelemetry.ErrorsTag, result.NrErrors);
        if (result.NrErrors > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, run.ErrorDescription ?? ExecutionStatuses.Describe(run.Status));
        }

        activity.Stop();
    }

    public static Activity? StartAction(WorkflowExecution run, ActionMeta meta)
    {
        var activity = EngineTelemetry.Source.StartActivity(EngineTelemetry.ActionSpan);
        if (activity is null)
        {
            return null;
        }

        AddRunTags(activity, run.Context);
        activity.SetTag(EngineTelemetry.WorkflowTag, run.Name);
        activity.SetTag(EngineTelemetry.ActionTag, meta.Name);
        activity.SetTag(EngineTelemetry.ActionTypeTag, meta.Type);
        return activity;
    }

    public static void EndAction(Activity? activity, HopResult result, string? reason)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(EngineTelemetry.ResultTag, result.Result);
        activity.SetTag(EngineTelemetry.ErrorsTag, result.NrErrors);
        if (reason is not null || result.NrErrors > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, reason ?? $"{result.NrErrors} error(s)");
        }

        activity.Stop();
    }

    public static Activity? StartPipeline(PipelineExecution pipeline)
    {
        var activity = EngineTelemetry.Source.StartActivity(EngineTelemetry.PipelineSpan);
        if (activity is null)
        {
            return null;
        }

        AddRunTags(activity, pipeline.Context);
        activity.SetTag(EngineTelemetry.LogChannelIdTag, pipeline.LogChannelId);
        activity.SetTag(EngineTelemetry.PipelineTag, pipeline.Name);
        return activity;
    }

    /// <summary>Ends the pipeline's span with a summary span per transform copy, and counts the rows written.</summary>
    public static void EndPipeline(Activity? activity, PipelineExecution pipeline, HopResult result, string? errorDescription)
    {
        foreach (var transform in pipeline.Transforms)
        {
            CountRows(pipeline, transform);
            if (activity is not null)
            {
                AddTransformSpan(activity, pipeline, transform);
            }
        }

        if (activity is null)
        {
            return;
        }

        activity.SetTag(EngineTelemetry.ResultTag, ExecutionStatuses.Describe(pipeline.Status));
        activity.SetTag(EngineTelemetry.ErrorsTag, result.NrErrors);
        activity.SetTag(EngineTelemetry.RowsReadTag, result.NrLinesRead);
        activity.SetTag(EngineTelemetry.RowsWrittenTag, result.NrLinesWritten);
        if (result.NrErrors > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, errorDescription ?? $"{result.NrErrors} error(s)");
        }

        activity.Stop();
    }

    private static void CountRows(PipelineExecution pipeline, TransformBase transform)
    {
        var written = transform.LinesWritten;
        if (written == 0 || !EngineTelemetry.RowsWritten.Enabled)
        {
            return;
        }

        EngineTelemetry.RowsWritten.Add(
            written,
            new KeyValuePair<string, object?>(EngineTelemetry.ServiceTag, pipeline.Context.ServiceName ?? string.Empty),
            new KeyValuePair<string, object?>(EngineTelemetry.PipelineTag, pipeline.Name),
            new KeyValuePair<string, object?>(EngineTelemetry.TransformTag, transform.Name));
    }

    private static void AddTransformSpan(Activity parent, PipelineExecution pipeline, TransformBase transform)
    {
        // Every transform copy starts with its pipeline, so its span runs from the pipeline's start for as long as the copy ran.
        var status = transform.Snapshot(string.Empty);
        var start = parent.StartTimeUtc;
        using var span = EngineTelemetry.Source.StartActivity(
            EngineTelemetry.TransformSpan, ActivityKind.Internal, parent.Context, startTime: start);
        if (span is null)
        {
            return;
        }

        AddRunTags(span, pipeline.Context);
        span.SetTag(EngineTelemetry.PipelineTag, pipeline.Name);
        span.SetTag(EngineTelemetry.TransformTag, transform.Name);
        span.SetTag(EngineTelemetry.TransformCopyTag, transform.CopyNr);
        span.SetTag(EngineTelemetry.ResultTag, status.StatusDescription);
        span.SetTag(EngineTelemetry.ErrorsTag, status.Errors);
        span.SetTag(EngineTelemetry.RowsReadTag, status.LinesRead);
        span.SetTag(EngineTelemetry.RowsWrittenTag, status.LinesWritten);
        span.SetTag(EngineTelemetry.RowsInputTag, status.LinesInput);
        span.SetTag(EngineTelemetry.RowsOutputTag, status.LinesOutput);
        span.SetTag(EngineTelemetry.RowsUpdatedTag, status.LinesUpdated);
        span.SetTag(EngineTelemetry.RowsRejectedTag, status.LinesRejected);
        if (status.Errors > 0)
        {
            span.SetStatus(ActivityStatusCode.Error, $"Transform '{transform.Name}' has {status.Errors} error(s)");
        }

        span.SetEndTime(start + transform.Elapsed);
    }

    private static void AddRunTags(Activity activity, RunContext context)
    {
        if (context.ServiceName is { } service)
        {
            activity.SetTag(EngineTelemetry.ServiceTag, service);
        }

        if (context.ContainerId is { } containerId)
        {
            activity.SetTag(EngineTelemetry.ContainerIdTag, containerId);
        }
    }
}
