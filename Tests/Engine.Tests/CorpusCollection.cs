using Xunit;

namespace Orleans.AsyncHop.Engine.Tests;

/// <summary>
/// The test classes that run Hop corpus workflows. They share one collection so they run one at a time,
/// because corpus workflows write fixed paths under the system temp folder (Hop's java.io.tmpdir).
/// </summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection
{
    public const string Name = "Hop corpus";
}
