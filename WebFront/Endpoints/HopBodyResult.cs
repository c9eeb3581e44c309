using System.Text;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>A text body with an exact content type and a Content-Length header, as Hop's servlets send.</summary>
public sealed class HopBodyResult(string content, string contentType, int statusCode = StatusCodes.Status200OK) : IResult
{
    public string Content { get; } = content;

    public string ContentType { get; } = contentType;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = Encoding.UTF8.GetBytes(Content);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
