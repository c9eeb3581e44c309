namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Log lines of a run from a requested line number on. <see cref="LastLineNumber"/> is the number to
/// ask for next; <see cref="DroppedLines"/> counts old lines no longer kept.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.LogPage")]
public sealed record LogPage(string Text, long FirstLineNumber, long LastLineNumber, long DroppedLines);
