namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Hop's status texts of a transform copy (EngineComponent's execution statuses).</summary>
public static class TransformStatuses
{
    public const string Empty = "Empty";
    public const string Idle = "Idle";
    public const string Running = "Running";
    public const string Finished = "Finished";
    public const string Stopped = "Stopped";
    public const string Halting = "Halting";
}
