using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>
/// Turns an exception that escaped a handler into a problem response: 503 when the Orleans cluster
/// cannot be reached (a front end whose silos are down), 500 otherwise. Each one is logged once.
/// </summary>
public sealed partial class HopExceptionHandler(ILogger<HopExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (IsClusterUnavailable(exception))
        {
            LogClusterUnavailable(logger, httpContext.Request.Path, exception.Message);
            await HopProblems.Create(StatusCodes.Status503ServiceUnavailable, "Cluster unavailable", "cluster",
                "No silo of the Orleans cluster answered; try again when the cluster is up.").ExecuteAsync(httpContext);
            return true;
        }

        LogUnexpectedError(logger, httpContext.Request.Path, exception);
        await HopProblems.Create(StatusCodes.Status500InternalServerError, "Internal server error", "request",
            "The server failed to handle the request; the server log has the details.").ExecuteAsync(httpContext);
        return true;
    }

    private static bool IsClusterUnavailable(Exception exception) => exception is Orleans.Runtime.Messaging.ConnectionFailedException
        or SiloUnavailableException
        or OrleansMessageRejectionException
        or TimeoutException
        || (exception.InnerException is { } inner && IsClusterUnavailable(inner));

    [LoggerMessage(EventId = 3001, EventName = "ClusterUnavailable", Level = LogLevel.Warning,
        Message = "Request {Path} failed because the Orleans cluster cannot be reached: {Reason}")]
    private static partial void LogClusterUnavailable(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3002, EventName = "UnexpectedError", Level = LogLevel.Error,
        Message = "Request {Path} failed with an unexpected error")]
    private static partial void LogUnexpectedError(ILogger logger, string path, Exception exception);
}
