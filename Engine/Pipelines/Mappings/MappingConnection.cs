using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Mappings;

/// <summary>
/// Joins a mapping transform in a parent pipeline to the Mapping input and Mapping output transforms of
/// the sub-pipeline it runs: rows (with their layout) go in through <see cref="Input"/> and come back
/// through <see cref="Output"/>. Both buffers are unbounded so that the parent can feed all its rows
/// before reading results without blocking the sub-pipeline.
/// </summary>
public sealed class MappingConnection
{
    private static readonly ConditionalWeakTable<PipelineExecution, MappingConnection> Connections = new();

    public Channel<(RowMeta Meta, object?[] Row)> Input { get; } = Channel.CreateUnbounded<(RowMeta, object?[])>();

    public Channel<(RowMeta Meta, object?[] Row)> Output { get; } = Channel.CreateUnbounded<(RowMeta, object?[])>();

    /// <summary>Layout of the parent's rows, set before <see cref="Input"/> completes so that an empty input still has one.</summary>
    public RowMeta? InputMeta { get; set; }

    /// <summary>Layout of the rows MappingOutput passes back, known even when no row was sent.</summary>
    public RowMeta? OutputMeta { get; set; }

    public static void Attach(PipelineExecution child, MappingConnection connection) => Connections.AddOrUpdate(child, connection);

    public static MappingConnection? For(PipelineExecution pipeline) =>
        Connections.TryGetValue(pipeline, out var connection) ? connection : null;
}
