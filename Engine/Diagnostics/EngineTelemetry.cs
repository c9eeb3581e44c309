using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Orleans.AsyncHop.Engine.Diagnostics;

/// <summary>
/// The engine's trace source and meter, with the names of its spans, attributes and instruments. Both cost
/// next to nothing until a listener (an OpenTelemetry provider, a MeterListener) subscribes to them.
/// </summary>
public static class EngineTelemetry
{
    public const string ActivitySourceName = "Orleans.AsyncHop.Engine";
    public const string MeterName = "Orleans.AsyncHop.Engine";

    public const string WorkflowSpan = "hop.workflow.run";
    public const string ActionSpan = "hop.action.run";
    public const string PipelineSpan = "hop.pipeline.run";
    public const string TransformSpan = "hop.transform";

    public const string RowsWrittenInstrument = "hop.transform.rows_written";

    public const string ServiceTag = "hop.service";
    public const string ContainerIdTag = "hop.container_id";
    public const string LogChannelIdTag = "hop.log_channel_id";
    public const string WorkflowTag = "hop.workflow.name";
    public const string PipelineTag = "hop.pipeline.name";
    public const string ActionTag = "hop.action.name";
    public const string ActionTypeTag = "hop.action.type";
    public const string TransformTag = "hop.transform.name";
    public const string TransformCopyTag = "hop.transform.copy";
    public const string ResultTag = "hop.result";
    public const string ErrorsTag = "hop.errors";
    public const string RowsReadTag = "hop.rows.read";
    public const string RowsWrittenTag = "hop.rows.written";
    public const string RowsInputTag = "hop.rows.input";
    public const string RowsOutputTag = "hop.rows.output";
    public const string RowsUpdatedTag = "hop.rows.updated";
    public const string RowsRejectedTag = "hop.rows.rejected";

    public static ActivitySource Source { get; } = new(ActivitySourceName);

    public static Meter Meter { get; } = new(MeterName);

    public static Counter<long> RowsWritten { get; } = Meter.CreateCounter<long>(
        RowsWrittenInstrument, "{row}", "Rows written by a transform, counted when its pipeline ends.");
}
