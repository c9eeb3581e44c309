using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>A two-silo test cluster with trace propagation on the silos and the client, serving the telemetry services.</summary>
public sealed class TracingClusterFixture() : InMemoryClusterFixture(TelemetryProjects.CopySample(), propagateActivities: true);

[CollectionDefinition(Name)]
public sealed class TracingClusterCollection : ICollectionFixture<TracingClusterFixture>
{
    public const string Name = "TracingCluster";
}
