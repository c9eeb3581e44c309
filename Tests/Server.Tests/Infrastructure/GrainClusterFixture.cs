using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>An in-process test cluster of two silos serving a fresh copy of the sample project.</summary>
public sealed class GrainClusterFixture() : InMemoryClusterFixture(TestProjects.CopySample(), propagateActivities: false);

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "GrainCluster";
}
