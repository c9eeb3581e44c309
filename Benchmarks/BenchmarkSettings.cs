namespace Orleans.AsyncHop.Benchmarks;

/// <summary>Sizes and durations of one benchmark run: the full measurement or the few-second smoke mode.</summary>
public sealed record BenchmarkSettings
{
    public required bool Smoke { get; init; }

    /// <summary>Concurrent HTTP clients for the status throughput comparison.</summary>
    public required int HttpClients { get; init; }

    /// <summary>Time each endpoint is loaded, split over alternating rounds.</summary>
    public required TimeSpan HttpDuration { get; init; }

    /// <summary>Upper bound on the requests sent to one endpoint, so a load round always ends.</summary>
    public required int HttpMaxRequests { get; init; }

    /// <summary>Runs started one after another to measure asyncRun → Finished latency.</summary>
    public required int LatencyRuns { get; init; }

    public required TimeSpan SustainedDuration { get; init; }

    /// <summary>Clients that start runs and poll their status in the sustained test.</summary>
    public required int SustainedClients { get; init; }

    public required int EngineRows { get; init; }

    public required int SortRows { get; init; }

    public required int MemoryRuns { get; init; }

    /// <summary>Time after which no more runs are started for a memory measurement, so that it always ends.</summary>
    public required TimeSpan MemoryTimeLimit { get; init; }

    /// <summary>Grain collection age of the memory host, shortened so that idle runs deactivate during the test.</summary>
    public required TimeSpan CollectionAge { get; init; }

    public static BenchmarkSettings Full { get; } = new()
    {
        Smoke = false,
        HttpClients = 64,
        HttpDuration = TimeSpan.FromSeconds(20),
        HttpMaxRequests = 5_000_000,
        LatencyRuns = 300,
        SustainedDuration = TimeSpan.FromSeconds(30),
        SustainedClients = 16,
        EngineRows = 10_000_000,
        SortRows = 1_000_000,
        MemoryRuns = 10_000,
        MemoryTimeLimit = TimeSpan.FromMinutes(4),
        CollectionAge = TimeSpan.FromSeconds(10),
    };

    public static BenchmarkSettings SmokeTest { get; } = new()
    {
        Smoke = true,
        HttpClients = 8,
        HttpDuration = TimeSpan.FromSeconds(1),
        HttpMaxRequests = 2_000,
        LatencyRuns = 5,
        SustainedDuration = TimeSpan.FromSeconds(1),
        SustainedClients = 4,
        EngineRows = 20_000,
        SortRows = 5_000,
        MemoryRuns = 50,
        MemoryTimeLimit = TimeSpan.FromSeconds(30),
        CollectionAge = TimeSpan.FromSeconds(1),
    };
}
