namespace Orleans.AsyncHop.Grains;

/// <summary>The stored state of a health probe: the last token written.</summary>
[GenerateSerializer]
[Alias("AsyncHop.HealthProbeState")]
public sealed class HealthProbeState
{
    [Id(0)]
    public string? Token { get; set; }
}
