namespace Orleans.AsyncHop.Grains;

/// <summary>The persisted state of a workflow execution grain.</summary>
[GenerateSerializer]
[Alias("AsyncHop.StoredRun")]
public sealed class StoredRun
{
    [Id(0)]
    public RunDefinition? Definition { get; set; }

    [Id(1)]
    public RunSnapshot? Snapshot { get; set; }

    /// <summary>The tail of the log, stored line by line when the run ends.</summary>
    [Id(3)]
    public StoredLog? FinalLog { get; set; }
}
