using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Conformance;

/// <summary>Formats conformance results as a markdown table and a one-line summary.</summary>
public static class ConformanceReport
{
    public static string Table(IEnumerable<ConformanceResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| project | workflow | tier | outcome | seconds | reason |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            var outcome = Name(result.Outcome);
            text.Append(CultureInfo.InvariantCulture,
                $"| {result.Project} | {result.Workflow} | {result.Tier} | {outcome} | {result.Seconds:0.0} | {Escape(result.Reason)} |");
            text.AppendLine();
        }

        return text.ToString();
    }

    public static string Summary(IReadOnlyCollection<ConformanceResult> results)
    {
        var passed = results.Count(r => r.Outcome == ConformanceOutcome.Passed);
        var failed = results.Count(r => r.Outcome == ConformanceOutcome.Failed);
        var unsupported = results.Count(r => r.Outcome == ConformanceOutcome.Unsupported);
        var seconds = results.Sum(r => r.Seconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} workflows: {passed} passed, {failed} failed, {unsupported} unsupported ({seconds:0.0} s).");
    }

    public static string Name(ConformanceOutcome outcome) => outcome switch
    {
        ConformanceOutcome.Passed => "passed",
        ConformanceOutcome.Unsupported => "unsupported",
        _ => "failed",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
