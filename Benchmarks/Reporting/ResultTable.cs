using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Benchmarks.Reporting;

/// <summary>The rows of one benchmark run, printed as a markdown table.</summary>
public sealed class ResultTable
{
    private readonly List<BenchmarkResult> rows = [];

    public IReadOnlyList<BenchmarkResult> Rows => rows;

    public void Add(BenchmarkResult row) => rows.Add(row);

    public BenchmarkResult? Find(string name) => rows.FirstOrDefault(r => r.Name.Equals(name, StringComparison.Ordinal));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| benchmark | measured | baseline | baseline is | ratio | target | met | notes |");
        text.AppendLine("|---|---:|---:|---|---:|---|---|---|");
        foreach (var row in rows)
        {
            var target = "-";
            if (row.TargetRatio is { } ratio)
            {
                target = (row.HigherIsBetter ? "≥ " : "≤ ") + Format(ratio);
            }

            var met = row.MeetsTarget switch
            {
                true => "yes",
                false => "**no**",
                null => "-",
            };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {Format(row.Measured)} {row.Unit} | {Format(row.Baseline)} {row.Unit} | {row.BaselineDescription} | {Format(row.Ratio)} | {target} | {met} | {row.Notes} |");
        }

        return text.ToString();
    }

    private static string Format(double value) => Math.Abs(value) switch
    {
        double.NaN => "n/a",
        >= 1000 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
