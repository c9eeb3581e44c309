using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.AsyncHop.WebFront;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// An in-process test cluster whose silos keep membership, runs and reminders in the test PostgreSQL
/// database, with short probe and reminder periods so a lost silo is noticed within seconds. Nothing is
/// started when PostgreSQL is not configured, and the tests are then skipped or fail.
/// </summary>
public abstract class PostgresClusterFixture(short silos, int objectTimeoutMinutes) : IAsyncLifetime
{
    /// <summary>The watch reminder period of the silos. A lost run is settled within this plus the membership probe time.</summary>
    public static readonly TimeSpan WatchPeriod = TimeSpan.FromSeconds(3);

    private TestCluster? cluster;

    public TestCluster Cluster => cluster ?? throw new InvalidOperationException(TestPostgres.NotReachableMessage);

    public string ProjectHome { get; } = TestProjects.CopySample();

    public string ServiceId => Cluster.Options.ServiceId;

    public async Task InitializeAsync()
    {
        if (TestPostgres.ConnectionString is not { } connectionString)
        {
            return;
        }

        TrivialWorkflow.AddTo(ProjectHome);
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hop:ProjectHome"] = ProjectHome,
            ["Hop:ObjectTimeoutMinutes"] = objectTimeoutMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hop:Durability:WatchPeriod"] = WatchPeriod.ToString(),
            ["ConnectionStrings:" + ClusterClientSetup.ConnectionStringName] = connectionString,
        }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>The grain factory of one silo, so a test can call the cluster through that silo.</summary>
    public IGrainFactory GrainsOf(SiloHandle silo) =>
        ((InProcessSiloHandle)silo).ServiceProvider.GetRequiredService<IGrainFactory>();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            PostgresClusterSetup.UsePostgres(siloBuilder, ClusterClientSetup.GetConnectionString(siloBuilder.Configuration)!);
            siloBuilder.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            siloBuilder.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
            });
            SiloSetup.AddHopGrainServices(siloBuilder.Services, siloBuilder.Configuration);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(options =>
            {
                options.Invariant = ClusterClientSetup.AdoNetInvariant;
                options.ConnectionString = ClusterClientSetup.GetConnectionString(configuration);
            });
    }
}

/// <summary>Three silos that keep finished runs for a day.</summary>
public sealed class ThreeSiloPostgresFixture() : PostgresClusterFixture(3, HopOptions.DefaultObjectTimeoutMinutes);

/// <summary>One silo that removes finished runs after one minute.</summary>
public sealed class ShortRetentionPostgresFixture() : PostgresClusterFixture(1, 1);

[CollectionDefinition(Name)]
public sealed class PostgresClusterCollection : ICollectionFixture<ThreeSiloPostgresFixture>
{
    public const string Name = "PostgresCluster";
}

[CollectionDefinition(Name)]
public sealed class ShortRetentionCollection : ICollectionFixture<ShortRetentionPostgresFixture>
{
    public const string Name = "PostgresShortRetention";
}
