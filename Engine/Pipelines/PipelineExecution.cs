using System.Globalization;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// One run of a pipeline: every transform copy runs concurrently, joined by bounded row sets. The first
/// transform error stops the whole pipeline, as in Hop.
/// </summary>
public sealed class PipelineExecution : IExecutionScope
{
    private readonly List<TransformBase> transforms = [];
    private TransformBase[] publishedTransforms = [];
    private readonly CancellationTokenSource stopSource = new();
    private readonly Lock sync = new();
    private readonly long firstLogLine;
    private volatile bool stopRequested;
    private string? errorDescription;
    private long pipelineErrors;
    private long endLogLine = long.MaxValue;
    private IReadOnlyList<LogLine>? finalLogLines;

    public PipelineExecution(
        PipelineMeta meta,
        RunContext context,
        IExecutionScope? parentScope,
        IReadOnlyDictionary<string, string>? parameterValues = null)
    {
        Meta = meta;
        Context = context;
        ParentScope = parentScope;
        Variables = new VariableSpace(parentScope?.Variables ?? context.Project.CreateVariables());
        SetInternalVariables();
        ActivateParameters(meta.Parameters, parameterValues ?? new Dictionary<string, string>(), Variables);
        firstLogLine = context.Log.NextLineNumber;
        LogChannel = new LogChannel(LogChannelId, Logging.LogChannel.Current);
    }

    public PipelineMeta Meta { get; }

    public string Name => Meta.Name;

    /// <summary>The pipeline's own container id (a new UUID per run).</summary>
    public string Id { get; } = RunContext.NewId();

    public string LogChannelId { get; } = RunContext.NewId();

    /// <summary>The channel the pipeline's own lines and its transforms' lines are written under.</summary>
    public LogChannel LogChannel { get; }

    public RunContext Context { get; }

    public VariableSpace Variables { get; }

    public IExecutionScope? ParentScope { get; }

    public bool IsWorkflow => false;

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.Waiting;

    public DateTimeOffset? StartDate { get; private set; }

    public DateTimeOffset? EndDate { get; private set; }

    /// <summary>The result handed in by the calling action (rows and files), read by "Get rows from result".</summary>
    public HopResult PreviousResult { get; init; } = new();

    /// <summary>Optional replacements for some transforms of this run (unit tests); null runs every plugin.</summary>
    public ITransformSubstitution? Substitution { get; init; }

    /// <summary>Rows sent to "Copy rows to result"; they become the calling action's result rows.</summary>
    public List<ResultRow> ResultRows { get; } = [];

    /// <summary>Files written or read that transforms add to the result.</summary>
    public HopResult ResultFiles { get; } = new();

    /// <summary>The transform copies, once they are all initialized and joined; empty before.</summary>
    public IReadOnlyList<TransformBase> Transforms => Volatile.Read(ref publishedTransforms);

    /// <summary>True once a stop was requested or an error stopped the pipeline.</summary>
    internal bool IsStopping => stopSource.IsCancellationRequested;

    /// <summary>The first error that stopped the pipeline, if any.</summary>
    internal string? FirstError
    {
        get
        {
            lock (sync)
            {
                return errorDescription;
            }
        }
    }

    /// <summary>
    /// Sets each parameter as a variable: the value given, else the inherited variable when both it and the
    /// default are non-empty, else the default.
    /// </summary>
    public static void ActivateParameters(
        IReadOnlyList<ParameterDefinition> definitions,
        IReadOnlyDictionary<string, string> values,
        VariableSpace variables)
    {
        foreach (var definition in definitions)
        {
            if (values.TryGetValue(definition.Name, out var value) && !string.IsNullOrEmpty(value))
            {
                variables.Set(definition.Name, value);
                continue;
            }

            var inherited = variables.Get(definition.Name);
            if (!string.IsNullOrEmpty(inherited) && !string.IsNullOrEmpty(definition.DefaultValue))
            {
                continue;
            }

            variables.Set(definition.Name, variables.Resolve(definition.DefaultValue));
        }
    }

    /// <summary>Runs the pipeline to the end and returns its result.</summary>
    public async Task<HopResult> RunAsync(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopSource.Token);
        Logging.LogChannel.Enter(LogChannel);
        using var activity = ExecutionTracing.StartPipeline(this);
        StartDate = Context.TimeProvider.GetUtcNow();
        Status = ExecutionStatus.Running;
        Context.Log.Basic(Name, "Pipeline execution started");
        var started = Context.TimeProvider.GetTimestamp();

        try
        {
            Prepare();
            var tasks = Transforms.Select(t => Task.Run(() => t.ExecuteAsync(linked.Token), CancellationToken.None)).ToArray();
            await Task.WhenAll(tasks);
        }
        catch (HopException exception)
        {
            AddPipelineError(exception.Message);
            Context.Log.Error(Name, exception.Message);
        }

        EndDate = Context.TimeProvider.GetUtcNow();
        var result = BuildResult();
        result.ElapsedTimeMillis = (long)Context.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
        if (cancellationToken.IsCancellationRequested || stopRequested)
        {
            result.Stopped = true;
        }

        Status = stopRequested || cancellationToken.IsCancellationRequested
            ? ExecutionStatus.Stopped
            : result.NrErrors > 0 ? ExecutionStatus.FinishedWithErrors : ExecutionStatus.Finished;
        Context.Log.Basic(Name, result.NrErrors > 0
            ? $"Pipeline execution finished with {result.NrErrors} error(s)"
            : "Pipeline execution finished");
        endLogLine = Context.Log.NextLineNumber;
        var ownLines = Context.Log.ReadChannel(LogChannel, firstLogLine, endLogLine);
        Volatile.Write(ref finalLogLines, ownLines.Lines);
        result.LogText = ownLines.Text;
        ExecutionTracing.EndPipeline(activity, this, result, FirstError);
        return result;
    }

    /// <summary>Stops every transform; rows in flight are dropped. Used by Abort and by a user's stop request.</summary>
    public void Stop()
    {
        stopRequested = true;
        if (Status == ExecutionStatus.Running)
        {
            Status = ExecutionStatus.Halting;
        }

        stopSource.Cancel();
    }

    /// <summary>Stops the pipeline without counting an error, as Hop's Abort transform in "abort" mode does.</summary>
    public void StopWithoutError() => stopSource.Cancel();

    internal void RecordFailure(string message)
    {
        lock (sync)
        {
            errorDescription ??= message;
        }

        stopSource.Cancel();
    }

    /// <summary>Counts an error that belongs to the pipeline rather than to one transform.</summary>
    public void AddPipelineError(string message)
    {
        Interlocked.Increment(ref pipelineErrors);
        RecordFailure(message);
    }

    /// <summary>
    /// The pipeline's status now: one entry per transform copy that has started or is past "Empty", as
    /// Hop lists them, and the pipeline's own log lines (at most <paramref name="maxLogLines"/>, the latest).
    /// </summary>
    public PipelineStatusSnapshot Snapshot(int maxLogLines = int.MaxValue)
    {
        string? error;
        lock (sync)
        {
            error = errorDescription;
        }

        var status = Status;
        var copies = Transforms;
        var lines = Volatile.Read(ref finalLogLines) ?? Context.Log.ReadChannel(LogChannel, firstLogLine, endLogLine).Lines;
        if (lines.Count > maxLogLines)
        {
            lines = lines.Skip(lines.Count - maxLogLines).ToList();
        }

        var transformLogs = TransformLogs(copies, lines);
        var logText = new LogTail(lines, 0, 0, 0).Text;

        return new PipelineStatusSnapshot(
            Id,
            Name,
            status,
            error,
            Context.TimeProvider.GetUtcNow(),
            StartDate,
            EndDate,
            copies.Select((t, i) => t.Snapshot(transformLogs[i]))
                .Where(t => t.StatusDescription != TransformStatuses.Empty)
                .ToList(),
            logText);
    }

    /// <summary>Splits the pipeline's lines by the transform copy whose channel wrote them.</summary>
    private static string[] TransformLogs(IReadOnlyList<TransformBase> copies, IReadOnlyList<LogLine> lines)
    {
        var byChannel = new Dictionary<LogChannel, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < copies.Count; i++)
        {
            byChannel[copies[i].LogChannel] = i;
        }

        var builders = new System.Text.StringBuilder?[copies.Count];
        foreach (var line in lines)
        {
            for (var channel = line.Channel; channel is not null; channel = channel.Parent)
            {
                if (byChannel.TryGetValue(channel, out var index))
                {
                    (builders[index] ??= new System.Text.StringBuilder()).Append(line).Append('\n');
                    break;
                }
            }
        }

        return builders.Select(b => b?.ToString() ?? string.Empty).ToArray();
    }

    private void SetInternalVariables()
    {
        var folder = Meta.FilePath is null ? string.Empty : InternalVariables.ToFolderUri(Path.GetDirectoryName(Meta.FilePath)!);
        Variables.Set(InternalVariables.PipelineFilenameDirectory, folder);
        Variables.Set(InternalVariables.EntryCurrentFolder, folder);
        Variables.Set(InternalVariables.EntryCurrentDirectory, folder);
        Variables.Set(InternalVariables.PipelineFilenameName, Meta.FilePath is null ? string.Empty : Path.GetFileName(Meta.FilePath));
        Variables.Set(InternalVariables.PipelineName, Meta.Name);
        Variables.Set(InternalVariables.PipelineId, LogChannelId);
        Variables.Set(InternalVariables.PipelineParentId, ParentScope?.Variables.Get(InternalVariables.WorkflowId) ?? string.Empty);
    }

    private void Prepare()
    {
        var copiesByName = new Dictionary<string, List<TransformBase>>(StringComparer.Ordinal);
        foreach (var meta in Meta.Transforms)
        {
            var copies = ParseCopies(meta);
            var list = new List<TransformBase>();
            for (var copy = 0; copy < copies; copy++)
            {
                TransformBase transform;
                try
                {
                    transform = Substitution?.Substitute(meta, copy) ?? TransformRegistry.Create(meta.Type);
                }
                catch (HopException exception)
                {
                    throw new HopException($"Transform '{meta.Name}' in pipeline '{Name}' ({Meta.FilePath}): {exception.Message}.");
                }

                transform.Attach(meta, copy, this);
                transform.ErrorHandling = Meta.ErrorHandling.FirstOrDefault(e => e.SourceTransform == meta.Name);
                try
                {
                    transform.Init();
                    transform.MarkIdle();
                }
                catch (HopException exception) when (!exception.Message.StartsWith("Transform '", StringComparison.Ordinal))
                {
                    throw new HopException($"Transform '{meta.Name}' in pipeline '{Name}': {exception.Message}", exception);
                }
                catch (Exception exception) when (exception is not HopException)
                {
                    throw new HopException($"Transform '{meta.Name}' in pipeline '{Name}' has invalid settings: {exception.Message}", exception);
                }

                list.Add(transform);
                transforms.Add(transform);
            }

            copiesByName[meta.Name] = list;
        }

        ThrowIfLooped();
        var capacity = RowSetSizes.CapacityInBatches(Context.RowSetSize);
        foreach (var hop in Meta.Hops)
        {
            if (!copiesByName.TryGetValue(hop.From, out var sources) || !copiesByName.TryGetValue(hop.To, out var targets))
            {
                throw new HopException($"Pipeline '{Name}' has a hop from '{hop.From}' to '{hop.To}', but one of them is not a transform of the pipeline.");
            }

            var isError = Meta.ErrorHandling.Any(e => e.SourceTransform == hop.From && e.TargetTransform == hop.To);
            var isInfo = targets[0].InfoStreamNames.Contains(hop.From, StringComparer.Ordinal);
            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    if (sources.Count == targets.Count && sources.Count > 1 && source.CopyNr != target.CopyNr)
                    {
                        continue;
                    }

                    var rowSet = new RowSet(source.Name, source.CopyNr, target.Name, target.CopyNr, capacity);
                    if (isError)
                    {
                        source.AddErrorOutput(rowSet);
                    }
                    else
                    {
                        source.AddOutput(rowSet);
                    }

                    if (isInfo)
                    {
                        target.InfoRowSets.Add(rowSet);
                    }
                    else
                    {
                        target.AddMainInput(rowSet);
                    }
                }
            }
        }

        Volatile.Write(ref publishedTransforms, [.. transforms]);
    }

    /// <summary>
    /// Rejects pipelines whose hops form a loop: every transform in a loop would wait for the others' rows,
    /// so the run would never end. Hop refuses such pipelines too.
    /// </summary>
    private void ThrowIfLooped()
    {
        var next = Meta.Hops.GroupBy(h => h.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(h => h.To).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);

        bool Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
            {
                return !done;
            }

            state[name] = false;
            foreach (var target in next.GetValueOrDefault(name) ?? [])
            {
                if (Visit(target))
                {
                    throw new HopException($"Pipeline '{Name}' ({Meta.FilePath}) has a loop through transform '{target}'; remove one of the hops of the loop.");
                }
            }

            state[name] = true;
            return false;
        }

        foreach (var transform in Meta.Transforms)
        {
            Visit(transform.Name);
        }
    }

    private int ParseCopies(TransformMeta meta)
    {
        var text = Variables.Resolve(meta.Copies);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var copies) || copies < 1)
        {
            throw new HopException($"Transform '{meta.Name}' in pipeline '{Name}' has an invalid number of copies '{text}'.");
        }

        return copies;
    }

    private HopResult BuildResult()
    {
        var result = new HopResult { LogChannelId = LogChannelId };
        long errors = Interlocked.Read(ref pipelineErrors);
        foreach (var transform in Transforms)
        {
            var (read, written, input, output, updated, rejected) = transform.Counters();
            errors += transform.Errors;
            result.NrLinesRead = Math.Max(result.NrLinesRead, read);
            result.NrLinesWritten = Math.Max(result.NrLinesWritten, written);
            result.NrLinesInput = Math.Max(result.NrLinesInput, input);
            result.NrLinesOutput = Math.Max(result.NrLinesOutput, output);
            result.NrLinesUpdated = Math.Max(result.NrLinesUpdated, updated);
            result.NrLinesRejected = Math.Max(result.NrLinesRejected, rejected);
        }

        result.NrErrors = errors;
        result.Result = errors == 0;
        result.Rows = [.. ResultRows];
        foreach (var (key, file) in ResultFiles.ResultFiles)
        {
            result.ResultFiles[key] = file;
        }

        return result;
    }

    /// <summary>Adds a row to the result rows; thread-safe because several copies may call it.</summary>
    public void AddResultRow(RowMeta meta, object?[] row)
    {
        lock (sync)
        {
            ResultRows.Add(new ResultRow(meta, row));
        }
    }

    /// <summary>Records a result file added by the transform <paramref name="origin"/> of this pipeline.</summary>
    public void AddResultFile(string path, string origin, string typeCode = "GENERAL")
    {
        lock (sync)
        {
            ResultFiles.AddFile(path, origin, string.Empty, Name, typeCode);
        }
    }
}
