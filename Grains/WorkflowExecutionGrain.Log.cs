using Microsoft.Extensions.Logging;

namespace Orleans.AsyncHop.Grains;

public sealed partial class WorkflowExecutionGrain
{
    [LoggerMessage(EventId = 2101, EventName = "RunStarted", Level = LogLevel.Information,
        Message = "Run {ContainerId} of service {ServiceName} started workflow {WorkflowName} (log channel {LogChannelId})")]
    private static partial void LogRunStarted(ILogger logger, string serviceName, string containerId, string workflowName, string logChannelId);

    [LoggerMessage(EventId = 2102, EventName = "RunFinished", Level = LogLevel.Information,
        Message = "Run {ContainerId} of service {ServiceName} ended: {Status}, {NrErrors} error(s) {ErrorDescription}")]
    private static partial void LogRunFinished(ILogger logger, string serviceName, string containerId, string status, long nrErrors, string errorDescription);

    [LoggerMessage(EventId = 2103, EventName = "RunStopRequested", Level = LogLevel.Information,
        Message = "Stop requested for run {ContainerId}")]
    private static partial void LogRunStopRequested(ILogger logger, string containerId);

    [LoggerMessage(EventId = 2104, EventName = "RunRemoved", Level = LogLevel.Information,
        Message = "Run {ContainerId} removed")]
    private static partial void LogRunRemoved(ILogger logger, string containerId);

    [LoggerMessage(EventId = 2105, EventName = "RunCrashed", Level = LogLevel.Error,
        Message = "Run {ContainerId} failed with an unexpected error")]
    private static partial void LogRunCrashed(ILogger logger, string containerId, Exception exception);
}
