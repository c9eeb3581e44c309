using Orleans.AsyncHop.Silo;
using Orleans.AsyncHop.WebFront;
using Orleans.Configuration;

namespace Orleans.AsyncHop.Benchmarks.Hosting;

/// <summary>
/// Our server in this process, set up as Silo/Program.cs does (web front, grain services, single-node silo),
/// on free loopback ports. Logging is cut to warnings so that the console does not slow the measurement.
/// </summary>
public sealed class HopServerHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private HopServerHost(WebApplication application, Uri baseAddress)
    {
        app = application;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts the server; <paramref name="collectionAge"/> shortens how long idle grains stay active.</summary>
    public static async Task<HopServerHost> StartAsync(string projectHome, TimeSpan? collectionAge, CancellationToken cancellationToken)
    {
        var httpPort = FreePorts.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{httpPort}",
            ["Hop:ProjectHome"] = projectHome,
            [SiloSetup.SiloPortKey] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ClusterClientSetup.GatewayPortKey] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ClusterClientSetup.ClusterIdKey] = "benchmarks-" + Guid.NewGuid().ToString("N")[..8],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);

        builder.AddHopWebFront();
        SiloSetup.AddHopGrainServices(builder.Services, builder.Configuration);
        builder.UseOrleans(silo =>
        {
            SiloSetup.Configure(silo, builder.Configuration);
            if (collectionAge is { } age)
            {
                silo.Configure<GrainCollectionOptions>(options =>
                {
                    options.CollectionAge = age;
                    options.CollectionQuantum = age / 4;
                });
            }
        });

        var app = builder.Build();
        app.MapHopWebFront();
        await app.StartAsync(cancellationToken);
        return new HopServerHost(app, new Uri($"http://127.0.0.1:{httpPort}"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
