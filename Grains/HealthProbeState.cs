namespace Orleans.AsyncHop.Grains;

/// <summary>The record a health probe writes to the run storage: the last token written.</summary>
[GenerateSerializer]
[Alias("AsyncHop.HealthProbeState")]
public sealed class HealthProbeState
{
    [Id(0)]
    public string? Token { get; set; }
}
