using Orleans.AsyncHop.WebFront.Endpoints;
using Orleans.AsyncHop.WebFront.Health;
using Orleans.AsyncHop.WebFront.OpenApi;
using Orleans.AsyncHop.WebFront.Security;

namespace Orleans.AsyncHop.WebFront;

/// <summary>Adds the Hop Server API to an ASP.NET Core application, in the silo's process or in a separate front end.</summary>
public static class WebFrontExtensions
{
    /// <summary>Hop Server's documented port for the async web service.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8282";

    public static WebApplicationBuilder AddHopWebFront(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().FirstOrDefault()?["Url"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<HopServerOptions>(builder.Configuration.GetSection(HopServerOptions.SectionName));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<HopExceptionHandler>();
        builder.Services.AddHopHealthChecks();
        builder.Services.AddHopOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Adds the hop/* endpoints. Throws <see cref="InvalidOperationException"/> when the server would listen
    /// beyond loopback with the default password.
    /// </summary>
    public static WebApplication MapHopWebFront(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(HopServerOptions.SectionName).Get<HopServerOptions>() ?? new HopServerOptions();
        ListenAddressGuard.EnsureSafe(ListenUrls(app.Configuration), options);

        // Errors the framework answers with an empty body (404, 405, 413, 414) also get a problem body.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BasicAuthenticationMiddleware>();
        app.MapAsyncEndpoints();
        app.MapWorkflowEndpoints();
        app.MapServerStatusEndpoints();
        app.MapHopHealthChecks();
        app.MapHopOpenApi();
        return app;
    }

    private static IEnumerable<string> ListenUrls(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        var configured = string.IsNullOrEmpty(urls) ? [DefaultUrl] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        return configured.Concat(endpoints);
    }
}
