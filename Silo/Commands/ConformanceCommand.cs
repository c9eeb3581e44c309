using System.CommandLine;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Conformance;

namespace Orleans.AsyncHop.Silo.Commands;

/// <summary>
/// The <c>conformance</c> command: runs the Hop corpus's main workflows, prints a markdown table and a
/// summary line, and exits 0 when every selected workflow passed, 1 otherwise, 2 when the corpus is missing.
/// </summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "The hop-corpus folder holding manifest.json." };
        var project = new Option<string?>("--project") { Description = "Only this corpus project (for example transforms)." };
        var tier = new Option<string?>("--tier") { Description = "Only main workflows of this tier (1, 2, 3 or X)." };
        var workflow = new Option<string?>("--workflow")
        {
            Description = "Only main workflows whose file name contains this text (for example 0021).",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Maximum run time of each workflow, in seconds.",
            DefaultValueFactory = _ => 120,
        };

        var command = new Command("conformance", "Run the Hop conformance corpus and print a markdown report.")
        {
            corpus, project, tier, workflow, timeout,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(corpus) ?? DefaultCorpus();
            try
            {
                var runner = new ConformanceRunner(folder, TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))));
                var part = result.GetValue(workflow);
                var entries = runner.Select(result.GetValue(project), result.GetValue(tier))
                    .Where(e => part is null || e.Workflow.Contains(part, StringComparison.OrdinalIgnoreCase));
                var results = await runner.RunAllAsync(
                    entries,
                    r => Console.Error.WriteLine(
                        $"{ConformanceReport.Name(r.Outcome),-11} {r.Project}/{r.Workflow} ({r.Seconds:0.0} s)"),
                    cancellationToken);
                Console.Write(ConformanceReport.Table(results));
                Console.WriteLine();
                Console.WriteLine(ConformanceReport.Summary(results));
                return results.All(r => r.Outcome == ConformanceOutcome.Passed) ? 0 : 1;
            }
            catch (HopException exception)
            {
                Console.Error.WriteLine($"Conformance run failed: {exception.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The corpus folder when --corpus is not given: HOP_CORPUS, else shared/hop-corpus beside the current folder.</summary>
    private static string DefaultCorpus() =>
        Environment.GetEnvironmentVariable("HOP_CORPUS")
            ?? Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "..", "shared", "hop-corpus"));
}
