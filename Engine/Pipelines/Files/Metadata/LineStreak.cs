namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>Consecutive lines with the same delimiter count.</summary>
internal sealed class LineStreak(long frequency, bool consistentEnclosure, bool enclosureSeen)
{
    public long Length { get; set; } = 1;

    public long Frequency { get; } = frequency;

    public bool ConsistentEnclosure { get; } = consistentEnclosure;

    public bool EnclosureSeen { get; set; } = enclosureSeen;
}
