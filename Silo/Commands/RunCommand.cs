using System.CommandLine;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;

namespace Orleans.AsyncHop.Silo.Commands;

/// <summary>
/// The <c>run</c> command: runs one .hwf or .hpl locally like Hop's hop-run, prints the log and exits
/// 0 on success, 1 on failure and 2 when the file or project cannot be loaded.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file", "-f") { Description = "The .hwf workflow or .hpl pipeline to run.", Required = true };
        var projectHome = new Option<string?>("--project-home", "-j") { Description = "The Hop project folder (PROJECT_HOME). Defaults to the file's folder." };
        var parameters = new Option<string[]>("--parameters", "-p")
        {
            Description = "Parameters as NAME=VALUE, separated by commas or given several times.",
            AllowMultipleArgumentsPerToken = true,
        };
        var level = new Option<HopLogLevel>("--level", "-l") { Description = "Log level: Nothing, Error, Minimal, Basic, Detailed, Debug or Rowlevel.", DefaultValueFactory = _ => HopLogLevel.Basic };

        var command = new Command("run", "Run a Hop workflow or pipeline locally and exit 0 on success.") { file, projectHome, parameters, level };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = Path.GetFullPath(result.GetValue(file)!);
            var home = result.GetValue(projectHome) ?? Path.GetDirectoryName(path)!;
            var values = ParseParameters(result.GetValue(parameters) ?? []);
            if (values is null)
            {
                Console.Error.WriteLine("Invalid --parameters: each entry must be NAME=VALUE.");
                return 2;
            }

            try
            {
                var outcome = await LocalRunner.RunFileAsync(path, home, values, result.GetValue(level), line => Console.WriteLine(line), cancellationToken);
                if (outcome.Success)
                {
                    return 0;
                }

                Console.Error.WriteLine($"Run failed: {outcome.ErrorDescription ?? $"{outcome.Result.NrErrors} error(s), result false"}");
                return 1;
            }
            catch (HopException exception)
            {
                Console.Error.WriteLine($"Run failed: {exception.Message}");
                return 2;
            }
        });
        return command;
    }

    internal static Dictionary<string, string>? ParseParameters(IEnumerable<string> entries)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var separator = entry.IndexOf('=');
            if (separator <= 0)
            {
                return null;
            }

            values[entry[..separator].Trim()] = entry[(separator + 1)..];
        }

        return values;
    }
}
