namespace Orleans.AsyncHop.Engine.Logging;

/// <summary>
/// Who writes a log line: a pipeline, a transform copy, or nothing in particular. Channels form a tree
/// (a transform's channel is a child of its pipeline's), so the lines of a pipeline are the lines of its
/// channel and of every channel below it. The current channel flows with the async context: code that a
/// pipeline or transform runs writes under that channel without passing it around.
/// </summary>
public sealed class LogChannel
{
    private static readonly AsyncLocal<LogChannel?> CurrentChannel = new();

    public LogChannel(string id, LogChannel? parent)
    {
        Id = id;
        Parent = parent;
    }

    public string Id { get; }

    public LogChannel? Parent { get; }

    /// <summary>The channel that lines written now belong to; null outside any pipeline.</summary>
    public static LogChannel? Current => CurrentChannel.Value;

    /// <summary>
    /// Makes <paramref name="channel"/> current for the rest of the calling async method and for the tasks
    /// it starts; the caller's own caller keeps its channel.
    /// </summary>
    public static void Enter(LogChannel channel) => CurrentChannel.Value = channel;

    /// <summary>True when this channel is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(LogChannel ancestor)
    {
        for (var channel = this; channel is not null; channel = channel.Parent)
        {
            if (ReferenceEquals(channel, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
