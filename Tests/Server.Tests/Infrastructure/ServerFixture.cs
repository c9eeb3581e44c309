using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>One real server process per test collection, serving a fresh copy of the sample project.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public SiloProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SiloProcess.StartAsync(TestProjects.CopySample());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}
