extern alias silo;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Orleans.AsyncHop.Silo;
using Orleans.AsyncHop.WebFront;
using Orleans.Storage;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>
/// The silo's own Program hosted in the test process (single silo on free loopback ports, HTTP in memory),
/// with run storage that the test can take down.
/// </summary>
public sealed class InProcessServerFactory : WebApplicationFactory<silo::Program>
{
    public string ProjectHome { get; } = TelemetryProjects.CopySample();

    public SwitchableGrainStorage Storage { get; } = new();

    /// <summary>A client that sends Hop's default credentials.</summary>
    public HttpClient CreateHopClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("cluster:cluster")));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hop:ProjectHome", ProjectHome);
        builder.UseSetting(SiloSetup.SiloPortKey, FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting(ClusterClientSetup.GatewayPortKey, FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting(ClusterClientSetup.ClusterIdKey, "telemetry-tests-" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Runs, Storage));
    }
}

[CollectionDefinition(Name)]
public sealed class InProcessServerCollection : ICollectionFixture<InProcessServerFactory>
{
    public const string Name = "InProcessServer";
}
