using System.CommandLine;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Orleans.AsyncHop.WebFront;

namespace Orleans.AsyncHop.Silo.Commands;

/// <summary>
/// The <c>init-db</c> command: creates the Orleans tables for clustering, run storage and reminders in
/// PostgreSQL with Orleans' own scripts. It can run any number of times, because each script is applied once
/// and recorded in <c>asynchop_schema_scripts</c>, and a script whose tables already exist (created by hand
/// from the same scripts) is recorded without running it again. Everything happens in one transaction under
/// an advisory lock, so concurrent runs wait for each other and a failure leaves the database as it was.
/// Exit codes: 0 done, 2 missing or invalid connection string, 3 database error.
/// </summary>
internal static class InitDbCommand
{
    /// <summary>The scripts in the order they must run, each with a table whose presence shows it was applied.</summary>
    public static readonly IReadOnlyList<(string Script, string MarkerTable)> Scripts =
    [
        ("PostgreSQL-Main.sql", "orleansquery"),
        ("PostgreSQL-Clustering.sql", "orleansmembershiptable"),
        ("PostgreSQL-Persistence.sql", "orleansstorage"),
        ("PostgreSQL-Reminders.sql", "orleansreminderstable"),
    ];

    // The advisory lock's key: any fixed number that every init-db run uses.
    private const long AdvisoryLockKey = 0x417379_6E63486F70;

    public static Command Create()
    {
        var connectionString = new Option<string?>("--connection-string", "-c")
        {
            Description = "PostgreSQL connection string. Defaults to ConnectionStrings:AsyncHop (environment variable ConnectionStrings__AsyncHop).",
        };
        var command = new Command("init-db", "Create or check the Orleans tables in PostgreSQL; safe to run again.") { connectionString };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .Build();
            var value = result.GetValue(connectionString) ?? ClusterClientSetup.GetConnectionString(configuration);
            return await RunAsync(value, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string? connectionString, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync(
                "No PostgreSQL connection string: pass --connection-string or set ConnectionStrings__AsyncHop.");
            return 2;
        }

        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync($"The PostgreSQL connection string is invalid: {exception.Message}");
            return 2;
        }

        await using (dataSource)
        {
            try
            {
                await ApplyAsync(dataSource, output, cancellationToken);
                return 0;
            }
            catch (NpgsqlException exception)
            {
                var host = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
                await error.WriteLineAsync(
                    $"init-db failed against host '{host.Host}', port {host.Port}, database '{host.Database}': {exception.Message}");
                return 3;
            }
        }
    }

    private static async Task ApplyAsync(NpgsqlDataSource dataSource, TextWriter output, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS asynchop_schema_scripts
            (
                script_name varchar(128) NOT NULL PRIMARY KEY,
                sha256 char(64) NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                how varchar(16) NOT NULL
            )
            """, cancellationToken);

        foreach (var (script, marker) in Scripts)
        {
            var text = ReadScript(script);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var recorded = await ScalarAsync<string>(connection, transaction,
                "SELECT sha256 FROM asynchop_schema_scripts WHERE script_name = @name", cancellationToken, ("name", script));
            if (recorded is not null)
            {
                await output.WriteLineAsync(recorded.Trim() == hash
                    ? $"{script}: already applied"
                    : $"{script}: already applied from another version of the script; apply Orleans' migration scripts by hand if its release notes ask for them");
                continue;
            }

            var exists = await ScalarAsync<bool>(connection, transaction,
                "SELECT to_regclass(@table) IS NOT NULL", cancellationToken, ("table", marker));
            if (!exists)
            {
                await ExecuteAsync(connection, transaction, text, cancellationToken);
            }

            await ExecuteAsync(connection, transaction,
                "INSERT INTO asynchop_schema_scripts (script_name, sha256, how) VALUES (@name, @hash, @how)",
                cancellationToken, ("name", script), ("hash", hash), ("how", exists ? "found" : "applied"));
            await output.WriteLineAsync(exists ? $"{script}: its tables already exist, recorded as applied" : $"{script}: applied");
        }

        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync("The database is ready.");
    }

    /// <summary>Reads one of Orleans' scripts, embedded from deploy/sql exactly as shipped.</summary>
    public static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("sql/" + name)
            ?? throw new InvalidOperationException($"The script {name} is not embedded in the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T?> ScalarAsync<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var scalar = await command.ExecuteScalarAsync(cancellationToken);
        return scalar is null or DBNull ? default : (T)scalar;
    }
}
