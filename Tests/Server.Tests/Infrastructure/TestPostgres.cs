using Npgsql;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the cluster tests: test.sh starts a throwaway one and passes its connection
/// string in <see cref="VariableName"/>.
/// </summary>
public static class TestPostgres
{
    public const string VariableName = "ASYNCHOP_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string NotReachableMessage =>
        $"PostgreSQL is not reachable: {VariableName} is not set (./test.sh starts a throwaway server and sets it).";

    public static string Require() => ConnectionString ?? throw new InvalidOperationException(NotReachableMessage);

    public static async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(Require());
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
