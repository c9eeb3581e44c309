using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Orleans.AsyncHop.WebFront.Endpoints;

namespace Orleans.AsyncHop.WebFront.Security;

/// <summary>
/// HTTP basic authentication for every hop/* path, with realm "Hop" as Hop Server's Jetty uses. A request
/// without valid credentials gets 401 with a WWW-Authenticate challenge and a problem body.
/// </summary>
public sealed class BasicAuthenticationMiddleware(RequestDelegate next, IOptions<HopServerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.EnableAuthentication || !context.Request.Path.StartsWithSegments(HopRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (TryReadCredentials(context.Request, out var username, out var password) && IsValid(settings, username, password))
        {
            await next(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{HopServerOptions.Realm}\"";
        await HopProblems.Create(StatusCodes.Status401Unauthorized, "Authentication required", "Authorization",
            "Send the user name and password of the Hop server with HTTP basic authentication.").ExecuteAsync(context);
    }

    private static bool TryReadCredentials(HttpRequest request, out string username, out string password)
    {
        username = password = string.Empty;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var separator = decoded.IndexOf(':');
            if (separator < 0)
            {
                return false;
            }

            username = decoded[..separator];
            password = decoded[(separator + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsValid(HopServerOptions settings, string username, string password)
    {
        var valid = false;
        foreach (var user in settings.EffectiveUsers)
        {
            valid |= FixedTimeEquals(user.Username, username) & FixedTimeEquals(user.Password, password);
        }

        return valid;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
}
