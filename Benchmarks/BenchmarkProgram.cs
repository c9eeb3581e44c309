namespace Orleans.AsyncHop.Benchmarks;

/// <summary>
/// Measures the server and the engine against baselines taken in the same run and prints a markdown table.
/// <c>--smoke</c> runs everything on small sizes in a few seconds, to check that the benchmarks still work.
/// </summary>
public static class BenchmarkProgram
{
    public const string SmokeOption = "--smoke";

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var unknown = args.Where(a => a != SmokeOption).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown argument(s): {string.Join(' ', unknown)}. Usage: Benchmarks [{SmokeOption}]");
            return 2;
        }

        var settings = args.Contains(SmokeOption) ? BenchmarkSettings.SmokeTest : BenchmarkSettings.Full;
#if DEBUG
        if (!settings.Smoke)
        {
            await Console.Error.WriteLineAsync("The full benchmark needs an optimized build: dotnet run -c Release --project Benchmarks");
            return 2;
        }
#endif

        Console.WriteLine($"Orleans.AsyncHop benchmarks ({(settings.Smoke ? "smoke" : "full")}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var table = await BenchmarkSuite.RunAsync(settings, Console.Out, cancellation.Token);
        Console.WriteLine();
        Console.WriteLine(table.ToMarkdown());
        return table.Rows.Any(r => r.MeetsTarget == false) ? 1 : 0;
    }
}
