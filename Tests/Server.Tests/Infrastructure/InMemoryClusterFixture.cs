using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.TestingHost;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// An in-process test cluster of two silos with in-memory grain storage and reminders, serving the Hop project
/// at <see cref="ProjectHome"/>. With activity propagation on, the silos and the client pass trace context on.
/// </summary>
public abstract class InMemoryClusterFixture(string projectHome, bool propagateActivities) : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public string ProjectHome { get; } = projectHome;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hop:ProjectHome"] = ProjectHome,
        }));
        if (propagateActivities)
        {
            builder.AddSiloBuilderConfigurator<TracingSiloConfigurator>();
            builder.AddClientBuilderConfigurator<TracingClientConfigurator>();
        }
        else
        {
            builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        }

        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.StopAllSilosAsync();

    private static void ConfigureSilo(ISiloBuilder siloBuilder, bool propagateActivities)
    {
        siloBuilder.AddMemoryGrainStorage(GrainStorageNames.Runs);
        siloBuilder.UseInMemoryReminderService();
        if (propagateActivities)
        {
            siloBuilder.AddActivityPropagation();

            // Orleans' default placement prefers the calling silo while loads are alike, so a run would seldom
            // start on another silo than its service grain. Random placement lets tracing tests see that hop.
            siloBuilder.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
        }

        SiloSetup.AddHopGrainServices(siloBuilder.Services, siloBuilder.Configuration);
    }

    // The test cluster creates configurators from their types, so each setting gets a type of its own.
    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => ConfigureSilo(siloBuilder, propagateActivities: false);
    }

    private sealed class TracingSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => ConfigureSilo(siloBuilder, propagateActivities: true);
    }

    private sealed class TracingClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddActivityPropagation();
    }
}
