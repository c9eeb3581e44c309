namespace Orleans.AsyncHop.Benchmarks.Reporting;

/// <summary>
/// One line of the result table: a figure of our server or engine, the baseline measured in the same run,
/// and the target the ratio is held to. <see cref="HigherIsBetter"/> tells which way the ratio should go.
/// </summary>
public sealed record BenchmarkResult(
    string Name,
    double Measured,
    double Baseline,
    string Unit,
    string BaselineDescription,
    double? TargetRatio = null,
    bool HigherIsBetter = true,
    string Notes = "")
{
    public double Ratio => Baseline == 0 ? double.NaN : Measured / Baseline;

    /// <summary>True or false when the row has a target; null when it is only reported.</summary>
    public bool? MeetsTarget => TargetRatio is not { } target || double.IsNaN(Ratio)
        ? null
        : HigherIsBetter ? Ratio >= target : Ratio <= target;
}
