using Microsoft.Extensions.Configuration;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.TestingHost;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>An in-process test cluster of two silos serving a fresh copy of the sample project.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public string ProjectHome { get; } = TestProjects.CopySample();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hop:ProjectHome"] = ProjectHome,
        }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
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
            SiloSetup.AddHopGrainServices(siloBuilder.Services, siloBuilder.Configuration);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "GrainCluster";
}
