using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront;
using Orleans.Configuration;

namespace Orleans.AsyncHop.Silo;

/// <summary>
/// The silo's setup: with the <c>AsyncHop</c> connection string a PostgreSQL-backed cluster member, else a
/// single node with localhost clustering, in-memory run storage and reminders.
/// </summary>
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
        if (ClusterClientSetup.GetConnectionString(configuration) is { } connectionString)
        {
            PostgresClusterSetup.Configure(silo, configuration, connectionString);
            return;
        }

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
        services.Configure<RunDurabilityOptions>(configuration.GetSection(RunDurabilityOptions.SectionName));
        services.AddSingleton<HopProjectProvider>();
        services.AddSingleton(TimeProvider.System);
    }
}
