using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Benchmarks;

/// <summary>A collection that xunit runs after the parallel ones, with no other test running beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchmarkSmokeCollection
{
    public const string Name = "Benchmark smoke run";
}
