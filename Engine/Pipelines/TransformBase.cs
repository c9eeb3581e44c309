using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// One copy of a running transform. Subclasses read their settings in <see cref="Init"/> and either
/// handle rows one by one in <see cref="ProcessRowAsync"/> or take over the whole loop in
/// <see cref="RunAsync"/>. Row reading, writing, distribution and counting live here.
/// </summary>
public abstract partial class TransformBase
{
    private readonly List<InputCursor> mainInputs = [];
    private readonly List<OutputBuffer> outputs = [];
    private readonly List<OutputBuffer> errorOutputs = [];
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long startTimestamp;
    private long stopTimestamp;
    private int currentInput;
    private int nextOutput;
    private volatile string statusDescription = TransformStatuses.Empty;
    private long linesRead;
    private long linesWritten;
    private long linesInput;
    private long linesOutput;
    private long linesUpdated;
    private long linesRejected;
    private long errors;

    public TransformMeta Meta { get; private set; } = null!;

    public string Name => Meta.Name;

    public int CopyNr { get; private set; }

    /// <summary>The subject of this copy's log lines: Hop writes "name.copy", for example "Write to log.0".</summary>
    public string LogSubject => $"{Name}.{CopyNr}";

    public PipelineExecution Pipeline { get; private set; } = null!;

    public VariableSpace Variables { get; private set; } = null!;

    protected ExecutionLog Log => Pipeline.Context.Log;

    /// <summary>The channel this copy's log lines are written under, a child of the pipeline's.</summary>
    public LogChannel LogChannel { get; private set; } = null!;

    /// <summary>Layout of the rows most recently read from the main input; null until the first batch arrives.</summary>
    public RowMeta? InputRowMeta { get; private set; }

    /// <summary>
    /// Layout of this transform's output when it is known without any row. It is sent downstream at the end
    /// when no row was written, so that later transforms still learn their input fields.
    /// </summary>
    protected RowMeta? OutputRowMeta { get; set; }

    /// <summary>Names of transforms whose hops into this one feed an info stream rather than the main input.</summary>
    public virtual IReadOnlyCollection<string> InfoStreamNames => [];

    public long LinesRead => Volatile.Read(ref linesRead);

    public long LinesWritten => Volatile.Read(ref linesWritten);

    public long Errors => Volatile.Read(ref errors);

    /// <summary>How long the transform has been running, or ran.</summary>
    public TimeSpan Elapsed => TimeSpan.FromMilliseconds(ExecutionMilliseconds());

    public bool HasMainInput => mainInputs.Count > 0;

    /// <summary>Completes when this copy has stopped running, whether it finished, failed or was stopped.</summary>
    public Task Completion => completion.Task;

    internal IReadOnlyList<RowSet> OutputRowSets => outputs.Select(o => o.RowSet).ToList();

    internal List<RowSet> InfoRowSets { get; } = [];

    internal void Attach(TransformMeta meta, int copyNr, PipelineExecution pipeline)
    {
        Meta = meta;
        CopyNr = copyNr;
        Pipeline = pipeline;
        LogChannel = new LogChannel(Guid.NewGuid().ToString(), pipeline.LogChannel);
        Variables = new VariableSpace(pipeline.Variables);
        Variables.Set(InternalVariables.TransformName, meta.Name);
        Variables.Set(InternalVariables.TransformCopyNr, copyNr.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Variables.Set(InternalVariables.TransformId, LogChannel.Id);
    }

    /// <summary>Marks the copy as initialized and waiting for the pipeline to start it.</summary>
    internal void MarkIdle() => statusDescription = TransformStatuses.Idle;

    internal void AddMainInput(RowSet rowSet) => mainInputs.Add(new InputCursor(rowSet));

    internal void AddOutput(RowSet rowSet) => outputs.Add(new OutputBuffer(rowSet));

    internal void AddErrorOutput(RowSet rowSet) => errorOutputs.Add(new OutputBuffer(rowSet));

    internal ErrorHandlingMeta? ErrorHandling { get; set; }

    /// <summary>Reads the transform's settings from <see cref="Meta"/>; called once before any row flows.</summary>
    public virtual void Init()
    {
    }

    /// <summary>Runs the transform: by default reads every input row and hands it to <see cref="ProcessRowAsync"/>.</summary>
    protected virtual async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            await ProcessRowAsync(row, cancellationToken);
        }
    }

    /// <summary>Handles one input row; by default passes it on unchanged.</summary>
    protected virtual ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken) =>
        PutRowAsync(InputRowMeta!, row, cancellationToken);

    /// <summary>
    /// Describes the output layout for a given input layout when no row was written; by default the
    /// transform passes its input layout on.
    /// </summary>
    protected virtual RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta;

    /// <summary>Called once after the last row, before the outputs are closed.</summary>
    protected virtual Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected string Resolve(string? text) => Variables.Resolve(text);

    protected void IncrementLinesInput(long count = 1) => linesInput += count;

    protected void IncrementLinesOutput(long count = 1) => linesOutput += count;

    protected void IncrementLinesUpdated(long count = 1) => linesUpdated += count;

    protected void IncrementErrors(long count = 1) => Interlocked.Add(ref errors, count);

    protected HopException Failure(string message, Exception? inner = null) =>
        inner is null
            ? new HopException($"Transform '{Name}' in pipeline '{Pipeline.Name}': {message}")
            : new HopException($"Transform '{Name}' in pipeline '{Pipeline.Name}': {message}", inner);

    /// <summary>
    /// Builds the error message of a failed run: it names this transform and pipeline once, and gives the type and
    /// message of an unexpected .NET exception without its stack trace (logged at Detailed level instead).
    /// </summary>
    internal string DescribeFailure(Exception exception)
    {
        if (exception is HopException)
        {
            return exception.Message.StartsWith("Transform '", StringComparison.Ordinal)
                ? exception.Message
                : $"Transform '{Name}' in pipeline '{Pipeline.Name}': {exception.Message}";
        }

        return $"Transform '{Name}' in pipeline '{Pipeline.Name}' failed: {exception.GetType().Name}: {exception.Message}";
    }

    internal async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        LogChannel.Enter(LogChannel);
        var time = Pipeline.Context.TimeProvider;
        Volatile.Write(ref startTimestamp, time.GetTimestamp());
        statusDescription = TransformStatuses.Running;
        try
        {
            await RunAsync(cancellationToken);
            await DiscardUnreadInputAsync(cancellationToken);
            await FinishAsync(cancellationToken);
            await CompleteOutputsAsync(cancellationToken);
            statusDescription = TransformStatuses.Finished;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            statusDescription = TransformStatuses.Stopped;
        }
        catch (Exception exception)
        {
            IncrementErrors();
            statusDescription = TransformStatuses.Stopped;
            var message = DescribeFailure(exception);
            Log.Error(LogSubject, message);
            if (exception is not HopException)
            {
                Log.Detailed(LogSubject, exception.ToString());
            }

            Pipeline.RecordFailure(message);
        }
        finally
        {
            Volatile.Write(ref stopTimestamp, time.GetTimestamp());
            foreach (var output in outputs.Concat(errorOutputs))
            {
                output.RowSet.Complete();
            }

            completion.TrySetResult();
        }
    }

    /// <summary>Milliseconds from the start of this copy to its end, or to now while it runs; 0 before it starts.</summary>
    internal long ExecutionMilliseconds()
    {
        var started = Volatile.Read(ref startTimestamp);
        if (started == 0)
        {
            return 0;
        }

        var stopped = Volatile.Read(ref stopTimestamp);
        var time = Pipeline.Context.TimeProvider;
        var elapsed = stopped == 0 ? time.GetElapsedTime(started) : time.GetElapsedTime(started, stopped);
        return (long)elapsed.TotalMilliseconds;
    }

    internal TransformStatusSnapshot Snapshot(string logText)
    {
        var status = statusDescription;
        var running = status == TransformStatuses.Running;
        if (running && Pipeline.IsStopping)
        {
            status = TransformStatuses.Halting;
        }

        var inputBuffer = mainInputs.Count > 0 ? mainInputs[0].RowSet.BufferedRows : 0;
        var outputBuffer = outputs.Count > 0 ? outputs[0].RowSet.BufferedRows : 0;
        return new TransformStatusSnapshot(
            Name,
            CopyNr,
            LinesRead,
            LinesWritten,
            Volatile.Read(ref linesInput),
            Volatile.Read(ref linesOutput),
            Volatile.Read(ref linesUpdated),
            Volatile.Read(ref linesRejected),
            Errors,
            inputBuffer,
            outputBuffer,
            status,
            ExecutionMilliseconds(),
            running,
            status is TransformStatuses.Stopped or TransformStatuses.Halting,
            false,
            logText);
    }

    internal (long Read, long Written, long Input, long Output, long Updated, long Rejected) Counters() =>
        (LinesRead, LinesWritten, Volatile.Read(ref linesInput), Volatile.Read(ref linesOutput), Volatile.Read(ref linesUpdated), Volatile.Read(ref linesRejected));
}
