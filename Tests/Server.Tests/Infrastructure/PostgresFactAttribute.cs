using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// A test that needs the PostgreSQL server of <see cref="TestPostgres"/>. Without it the test is skipped,
/// except in CI (<c>CI=true</c>), where it runs and fails because the server is missing.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.InCi)
        {
            Skip = TestPostgres.NotReachableMessage;
        }
    }
}
