using System.Diagnostics;

namespace Orleans.AsyncHop.WebFront.Telemetry;

/// <summary>
/// Sends the request's W3C trace context back in a <c>traceparent</c> response header, so a client that
/// started a run can find the run's trace. An incoming <c>traceparent</c> is already the request span's
/// parent (ASP.NET Core reads it), so the header then carries the caller's trace id.
/// </summary>
public static class TraceParentFilter
{
    public static async ValueTask<object?> AddTraceParentAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var fallback = Activity.Current is null ? StartFallback(context.HttpContext.Request) : null;
        var result = await next(context);
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id })
        {
            context.HttpContext.Response.Headers[WebFrontTelemetry.TraceParentHeader] = id;
        }

        return result;
    }

    private static Activity StartFallback(HttpRequest request)
    {
        var activity = new Activity(WebFrontTelemetry.AsyncRunFallbackSpan);
        if (request.Headers[WebFrontTelemetry.TraceParentHeader].ToString() is { Length: > 0 } parent
            && ActivityContext.TryParse(parent, null, out _))
        {
            activity.SetParentId(parent);
        }

        return activity.Start();
    }
}
