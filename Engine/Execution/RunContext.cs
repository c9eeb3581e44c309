using System.Collections.Concurrent;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Projects;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>
/// What one top-level run shares with every workflow and pipeline it starts: the project, the log,
/// the clock, and the live pipelines that report to an async web service.
/// </summary>
public sealed class RunContext
{
    public RunContext(HopProject project, ExecutionLog log, TimeProvider? timeProvider = null)
    {
        Project = project;
        Log = log;
        TimeProvider = timeProvider ?? TimeProvider.System;
        var variables = project.CreateVariables();
        var emptyDiffers = variables.Get(Variables.InternalVariables.EmptyStringDiffersFromNull);
        Values.ValueConverter.EmptyStringDiffersFromNull = string.Equals(emptyDiffers, "Y", StringComparison.OrdinalIgnoreCase);
        var lenient = variables.Get(Variables.InternalVariables.LenientStringToNumber);
        Values.ValueConverter.LenientStringToNumber = string.Equals(lenient, "Y", StringComparison.OrdinalIgnoreCase);
    }

    public HopProject Project { get; }

    public ExecutionLog Log { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The async web service that started the run, if any; tags the run's spans and metrics.</summary>
    public string? ServiceName { get; init; }

    /// <summary>The container id a client asks for the run by, if any; tags the run's spans.</summary>
    public string? ContainerId { get; init; }

    /// <summary>Rows per row set between transforms (Hop's rowset_size).</summary>
    public int RowSetSize { get; init; } = RowSetSizes.DefaultRowSetSize;

    /// <summary>
    /// Pipelines whose action is marked for async logging, keyed by pipeline name and service name.
    /// A later run of the same pipeline replaces the earlier one, as in Hop.
    /// </summary>
    public ConcurrentDictionary<(string PipelineName, string ServiceName), PipelineExecution> AsyncPipelines { get; } = new();

    /// <summary>Creates a new id for a log channel or a child run.</summary>
    public static string NewId() => Guid.NewGuid().ToString();
}
