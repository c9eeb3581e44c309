namespace Orleans.AsyncHop.Grains;

/// <summary>The persisted run list.</summary>
[GenerateSerializer]
[Alias("AsyncHop.RunRegistryState")]
public sealed class RunRegistryState
{
    [Id(0)]
    public Dictionary<string, RunSummary> Runs { get; set; } = new(StringComparer.Ordinal);
}
