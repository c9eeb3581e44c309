namespace Orleans.AsyncHop.Benchmarks.Hosting;

/// <summary>
/// The baseline for the status endpoint: a bare ASP.NET Core minimal API in this process. GET /status
/// returns a fixed JSON body of the same size as our hop/asyncStatus response.
/// </summary>
public sealed class BareJsonHost : IAsyncDisposable
{
    public const string Path = "/status";

    private readonly WebApplication app;

    private BareJsonHost(WebApplication application, Uri baseAddress)
    {
        app = application;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareJsonHost> StartAsync(string body, CancellationToken cancellationToken)
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Configuration["urls"] = $"http://127.0.0.1:{port}";
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(Path, () => Results.Text(body, "application/json"));
        await app.StartAsync(cancellationToken);
        return new BareJsonHost(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
