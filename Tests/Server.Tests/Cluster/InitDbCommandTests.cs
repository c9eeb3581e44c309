using System.Diagnostics;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Cluster;

/// <summary>The <c>init-db</c> command of the real server executable.</summary>
public sealed class InitDbCommandTests
{
    [PostgresFact]
    public async Task InitDb_Twice_SecondFindsAllApplied()
    {
        var first = await RunInitDbAsync("--connection-string", TestPostgres.Require());
        var second = await RunInitDbAsync("--connection-string", TestPostgres.Require());
        var recorded = await TestPostgres.CountAsync("SELECT count(*) FROM asynchop_schema_scripts");
        var queries = await TestPostgres.CountAsync(
            "SELECT count(*) FROM orleansquery WHERE querykey = ANY(@keys)",
            ("keys", new[] { "MembershipReadAllKey", "CleanupDefunctSiloEntriesKey", "WriteToStorageKey", "DeleteStorageKey", "UpsertReminderRowKey" }));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(4, CountOccurrences(second.Output, ": already applied"));
        Assert.Contains("The database is ready.", second.Output, StringComparison.Ordinal);
        Assert.Equal(4, recorded);
        Assert.Equal(5, queries);
    }

    [Fact]
    public async Task InitDb_NoConnectionString_ExitsTwo()
    {
        var result = await RunInitDbAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ConnectionStrings__AsyncHop", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitDb_InvalidConnectionString_ExitsTwo()
    {
        var result = await RunInitDbAsync("--connection-string", "Hots=127.0.0.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("connection string is invalid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitDb_NoServer_ExitsThree()
    {
        var port = FreePorts.Next();

        var result = await RunInitDbAsync("--connection-string", $"Host=127.0.0.1;Port={port};Database=none;Username=none;Password=none;Timeout=5");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"host '127.0.0.1', port {port}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static async Task<(int ExitCode, string Output, string Error)> RunInitDbAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloProcess.FindAssembly("Silo"));
        start.ArgumentList.Add("init-db");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ConnectionStrings__AsyncHop");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("init-db did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancellation.Token);
        return (process.ExitCode, await output, await error);
    }
}
