using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront;
using Orleans.Configuration;

namespace Orleans.AsyncHop.Silo;

/// <summary>The silo's default single-node setup: localhost clustering, in-memory run storage and reminders.</summary>
public static class SiloSetup
{
    public const string SiloPortKey = "Orleans:SiloPort";
    public const int DefaultSiloPort = 11111;

    public static void Configure(ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = configuration[ClusterClientSetup.ClusterIdKey] ?? ClusterClientSetup.DefaultClusterId;
            options.ServiceId = configuration[ClusterClientSetup.ServiceIdKey] ?? ClusterClientSetup.DefaultServiceId;
        });
        silo.UseLocalhostClustering(
            configuration.GetValue(SiloPortKey, DefaultSiloPort),
            configuration.GetValue(ClusterClientSetup.GatewayPortKey, ClusterClientSetup.DefaultGatewayPort));
        silo.AddMemoryGrainStorage(GrainStorageNames.Runs);
        silo.UseInMemoryReminderService();
        silo.AddActivityPropagation();
    }

    /// <summary>Registers what the grains need from the host: the Hop options, the project loader and the clock.</summary>
    public static void AddHopGrainServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HopOptions>(configuration.GetSection(HopOptions.SectionName));
        services.AddSingleton<HopProjectProvider>();
        services.AddSingleton(TimeProvider.System);
    }
}
