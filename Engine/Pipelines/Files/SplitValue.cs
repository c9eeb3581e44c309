namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>One value split from a delimited line; <see cref="Enclosed"/> tells an enclosed empty value from a missing one.</summary>
public readonly record struct SplitValue(string Text, bool Enclosed);
