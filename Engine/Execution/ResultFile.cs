namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>A file recorded in a Result, keyed by its full path.</summary>
public sealed record ResultFile(string Path, string Origin, string Comment);
