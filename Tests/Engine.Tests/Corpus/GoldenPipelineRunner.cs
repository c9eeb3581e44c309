using System.Globalization;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Json;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Tests.Corpus;

/// <summary>
/// Runs a corpus pipeline on a fresh project copy with a Copy rows to result transform attached to one
/// transform, and renders the captured rows as the CSV lines Hop's golden data sets hold, so that a
/// transform's output can be checked against them without the unit-test framework.
/// </summary>
public static class GoldenPipelineRunner
{
    public static Task<(LocalRunOutcome Outcome, List<string> Lines)> RunAsync(
        string project, string pipeline, string transform, IReadOnlyList<string> columns) =>
        RunCopyAsync(TestPaths.CopyCorpusProject(project), pipeline, transform, columns);

    /// <summary>Runs a pipeline of a project copy that the caller may have edited.</summary>
    public static async Task<(LocalRunOutcome Outcome, List<string> Lines)> RunCopyAsync(
        string home, string pipeline, string transform, IReadOnlyList<string> columns)
    {
        var path = Path.Combine(home, pipeline);
        var xml = await File.ReadAllTextAsync(path);
        var escaped = System.Security.SecurityElement.Escape(transform);
        // The captured transform copies its rows to every output, so the capture does not take rows away.
        xml = Regex.Replace(
            xml,
            "<transform>(?:(?!</transform>).)*?<name>" + Regex.Escape(escaped) + "</name>(?:(?!</transform>).)*</transform>",
            m => Regex.Replace(m.Value, "<distribute>Y</distribute>", "<distribute>N</distribute>"),
            RegexOptions.Singleline);
        xml = Regex.Replace(xml, "<order>", $"<order><hop><from>{escaped}</from><to>__capture</to><enabled>Y</enabled></hop>");
        xml = Regex.Replace(xml, "</pipeline>\\s*$", "<transform><name>__capture</name><type>RowsToResult</type><distribute>Y</distribute><copies>1</copies></transform></pipeline>");
        await File.WriteAllTextAsync(path, xml);

        // The unit-test framework points HOP_UNIT_TESTS_FOLDER at the project; the tested pipelines rely on it.
        var variables = new Dictionary<string, string> { ["HOP_UNIT_TESTS_FOLDER"] = home };
        var outcome = await LocalRunner.RunFileAsync(path, home, variables);
        var lines = outcome.Result.Rows.Select(row => string.Join(",", columns.Select(column => Render(row.Meta, row.Values, column)))).ToList();
        return (outcome, lines);
    }

    /// <summary>Reads the data lines of a golden data set CSV (header first) of a corpus project.</summary>
    public static (List<string> Columns, List<string> Lines) ReadGolden(string project, string dataSet)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Corpus, project, "datasets", dataSet + ".csv"))
            .Where(l => l.Length > 0).ToList();
        return (lines[0].Split(',').ToList(), lines.Skip(1).ToList());
    }

    private static string Render(RowMeta meta, object?[] row, string column)
    {
        var index = meta.IndexOf(column);
        if (index < 0)
        {
            throw new InvalidOperationException($"Column '{column}' is not in the captured rows ({meta}).");
        }

        var text = row[index] switch
        {
            null => string.Empty,
            double d => JsonText.JavaDouble(d),
            long l => l.ToString(CultureInfo.InvariantCulture),
            System.Text.Json.Nodes.JsonNode node => node.ToJsonString(JsonText.CompactOptions),
            var value => ValueConverter.ToText(meta[index] with { ConversionMask = null }, value) ?? string.Empty,
        };
        return text.Contains(',') || text.Contains('"') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
