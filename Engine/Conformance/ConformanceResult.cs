namespace Orleans.AsyncHop.Engine.Conformance;

/// <summary>How one corpus workflow ended.</summary>
public enum ConformanceOutcome
{
    Passed,
    Failed,

    /// <summary>Failed because the engine does not support an action or transform type it uses.</summary>
    Unsupported,
}

/// <summary>One line of a conformance report.</summary>
public sealed record ConformanceResult(
    string Project,
    string Workflow,
    string Tier,
    ConformanceOutcome Outcome,
    double Seconds,
    string Reason);
