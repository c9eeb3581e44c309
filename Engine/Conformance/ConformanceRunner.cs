using System.Diagnostics;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;

namespace Orleans.AsyncHop.Engine.Conformance;

/// <summary>
/// Runs the corpus's main workflows as Hop's integration tests do: each one on a fresh copy of its project,
/// with the copy as project home. A workflow passes when its final result is true. A run that exceeds the
/// timeout is stopped and counts as failed.
/// </summary>
public sealed class ConformanceRunner(string corpusFolder, TimeSpan timeout)
{
    private const string UnsupportedMarker = "is not supported by this engine";

    public string CorpusFolder { get; } = Path.GetFullPath(corpusFolder);

    /// <summary>Folder for the project copies. Each run gets its own subfolder, which is removed afterwards.</summary>
    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "asynchop-conformance");

    /// <summary>The manifest's main workflows, optionally only one project and one tier.</summary>
    public IReadOnlyList<CorpusEntry> Select(string? project = null, string? tier = null) =>
        CorpusManifest.Load(CorpusFolder)
            .Where(e => project is null || e.Project.Equals(project, StringComparison.OrdinalIgnoreCase))
            .Where(e => tier is null || e.Tier.Equals(tier, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public async Task<List<ConformanceResult>> RunAllAsync(
        IEnumerable<CorpusEntry> entries,
        Action<ConformanceResult>? onResult = null,
        CancellationToken cancellationToken = default)
    {
        var results = new List<ConformanceResult>();
        foreach (var entry in entries)
        {
            var result = await RunAsync(entry, cancellationToken);
            results.Add(result);
            onResult?.Invoke(result);
        }

        return results;
    }

    /// <summary>Runs one main workflow on a fresh copy of its project.</summary>
    public Task<ConformanceResult> RunAsync(CorpusEntry entry, CancellationToken cancellationToken = default) =>
        RunAsync(entry, null, cancellationToken);

    /// <summary>
    /// Runs one main workflow. <paramref name="prepare"/> may change the project copy first, for example to
    /// alter a test's expected data.
    /// </summary>
    public async Task<ConformanceResult> RunAsync(
        CorpusEntry entry, Action<string>? prepare, CancellationToken cancellationToken = default)
    {
        var home = CopyProject(entry.Project);
        var watch = Stopwatch.StartNew();
        var errors = new List<string>();
        var completed = false;
        try
        {
            prepare?.Invoke(home);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var run = LocalRunner.RunFileAsync(
                Path.Combine(home, entry.Workflow),
                home,
                new Dictionary<string, string>(),
                HopLogLevel.Basic,
                line => CollectError(errors, line),
                stop.Token);
            var finished = await Task.WhenAny(run, Task.Delay(timeout, cancellationToken));
            if (finished != run)
            {
                await stop.CancelAsync();
                await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
                completed = run.IsCompleted;
                return Result(entry, ConformanceOutcome.Failed, watch, $"timed out after {timeout.TotalSeconds:0} s");
            }

            completed = true;
            var outcome = await run;
            if (outcome.Success)
            {
                return Result(entry, ConformanceOutcome.Passed, watch, string.Empty);
            }

            // Reasons name the project copy's temporary path; the project name reads better in a report.
            var failure = Failure(entry, watch, errors, outcome.ErrorDescription);
            return failure with { Reason = failure.Reason.Replace(home, entry.Project, StringComparison.Ordinal) };
        }
        catch (HopException exception)
        {
            completed = true;
            errors.Add(exception.Message);
            return Failure(entry, watch, errors, exception.Message);
        }
        finally
        {
            if (completed)
            {
                TryDelete(home);
            }
        }
    }

    private static void CollectError(List<string> errors, LogLine line)
    {
        if (line.Level != HopLogLevel.Error)
        {
            return;
        }

        lock (errors)
        {
            errors.Add(line.Message);
        }
    }

    private static ConformanceResult Failure(CorpusEntry entry, Stopwatch watch, List<string> errors, string? description)
    {
        string[] lines;
        lock (errors)
        {
            lines = [.. errors];
        }

        var unsupported = lines.Append(description ?? string.Empty)
            .FirstOrDefault(l => l.Contains(UnsupportedMarker, StringComparison.Ordinal));
        if (unsupported is not null)
        {
            return Result(entry, ConformanceOutcome.Unsupported, watch, unsupported);
        }

        var reason = description ?? lines.FirstOrDefault() ?? "the workflow's result is false";
        return Result(entry, ConformanceOutcome.Failed, watch, reason);
    }

    private static ConformanceResult Result(CorpusEntry entry, ConformanceOutcome outcome, Stopwatch watch, string reason) =>
        new(entry.Project, entry.Workflow, entry.Tier, outcome, Math.Round(watch.Elapsed.TotalSeconds, 1), OneLine(reason));

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..297] + "...";
    }

    private string CopyProject(string project)
    {
        var source = Path.Combine(CorpusFolder, project);
        if (!Directory.Exists(source))
        {
            throw new HopException($"The corpus project '{source}' does not exist.");
        }

        var parent = Path.Combine(WorkFolder, Guid.NewGuid().ToString("N")[..12]);
        var target = Path.Combine(parent, project);
        CopyDirectory(source, target);
        foreach (var shared in Directory.EnumerateFiles(CorpusFolder, "*.txt"))
        {
            File.Copy(shared, Path.Combine(parent, Path.GetFileName(shared)), overwrite: true);
        }

        return target;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            File.Copy(file, destination, overwrite: true);
            File.SetAttributes(destination, FileAttributes.Normal);
        }
    }

    private static void TryDelete(string home)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(home)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still open in a stopped run; the temporary folder is left for the system to clean.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above: leaving a temporary copy behind is harmless.
        }
    }
}
