using Microsoft.Extensions.Configuration;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.TestingHost;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>A two-silo test cluster with trace propagation on the silos and the client, serving the telemetry services.</summary>
public sealed class TracingClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public string ProjectHome { get; } = TelemetryProjects.CopySample();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hop:ProjectHome"] = ProjectHome,
        }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.StopAllSilosAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(GrainStorageNames.Runs);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddActivityPropagation();
            SiloSetup.AddHopGrainServices(siloBuilder.Services, siloBuilder.Configuration);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddActivityPropagation();
    }
}

[CollectionDefinition(Name)]
public sealed class TracingClusterCollection : ICollectionFixture<TracingClusterFixture>
{
    public const string Name = "TracingCluster";
}
