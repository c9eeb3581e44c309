using System.Diagnostics;
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
    private readonly Stopwatch stopwatch = new();
    private int currentInput;
    private int nextOutput;
    private volatile string statusDescription = "Empty";
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

    public PipelineExecution Pipeline { get; private set; } = null!;

    public VariableSpace Variables { get; private set; } = null!;

    protected ExecutionLog Log => Pipeline.Context.Log;

    /// <summary>Layout of the rows most recently read from the main input; null until the first batch arrives.</summary>
    public RowMeta? InputRowMeta { get; private set; }

    /// <summary>
    /// Layout of this transform's output when it is known without any row; sent downstream at the end when
    /// no row was written, so that later transforms still learn their input fields.
    /// </summary>
    protected RowMeta? OutputRowMeta { get; set; }

    /// <summary>Names of transforms whose hops into this one feed an info stream rather than the main input.</summary>
    public virtual IReadOnlyCollection<string> InfoStreamNames => [];

    public long LinesRead => Volatile.Read(ref linesRead);

    public long LinesWritten => Volatile.Read(ref linesWritten);

    public long Errors => Volatile.Read(ref errors);

    /// <summary>How long the transform has been running, or ran.</summary>
    public TimeSpan Elapsed => stopwatch.Elapsed;

    public bool HasMainInput => mainInputs.Count > 0;

    internal IReadOnlyList<RowSet> OutputRowSets => outputs.Select(o => o.RowSet).ToList();

    internal List<RowSet> InfoRowSets { get; } = [];

    internal void Attach(TransformMeta meta, int copyNr, PipelineExecution pipeline)
    {
        Meta = meta;
        CopyNr = copyNr;
        Pipeline = pipeline;
        Variables = new VariableSpace(pipeline.Variables);
        Variables.Set(InternalVariables.TransformName, meta.Name);
        Variables.Set(InternalVariables.TransformCopyNr, copyNr.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Variables.Set(InternalVariables.TransformId, Guid.NewGuid().ToString());
    }

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

    internal async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        statusDescription = "Running";
        stopwatch.Start();
        try
        {
            await RunAsync(cancellationToken);
            await FinishAsync(cancellationToken);
            await CompleteOutputsAsync(cancellationToken);
            statusDescription = "Finished";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            statusDescription = "Stopped";
        }
        catch (Exception exception)
        {
            IncrementErrors();
            statusDescription = "Stopped";
            var message = exception is HopException ? exception.Message : $"Transform '{Name}' failed: {exception}";
            Log.Error(Name, message);
            Pipeline.RecordFailure(message);
        }
        finally
        {
            stopwatch.Stop();
            foreach (var output in outputs.Concat(errorOutputs))
            {
                output.RowSet.Complete();
            }
        }
    }

    internal TransformStatusSnapshot Snapshot()
    {
        var seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1);
        var read = LinesRead;
        var written = LinesWritten;
        var input = Volatile.Read(ref linesInput);
        var output = Volatile.Read(ref linesOutput);
        var processed = Math.Max(Math.Max(read, written), Math.Max(input, output));
        var speed = stopwatch.Elapsed.TotalSeconds <= 0 ? "-" : " " + ((long)(processed / stopwatch.Elapsed.TotalSeconds)).ToString("#,###,###,###,##0", System.Globalization.CultureInfo.InvariantCulture);
        var inputBuffer = mainInputs.Sum(i => i.RowSet.BufferedRows);
        var outputBuffer = outputs.Sum(o => o.RowSet.BufferedRows);
        var status = statusDescription;
        var priority = status == "Running" ? $"   {inputBuffer}/{outputBuffer}" : "-";
        return new TransformStatusSnapshot(
            Name, CopyNr, read, written, input, output, Volatile.Read(ref linesUpdated), Volatile.Read(ref linesRejected),
            Errors, inputBuffer, outputBuffer, status, seconds, speed, priority, status == "Stopped", false);
    }

    internal (long Read, long Written, long Input, long Output, long Updated, long Rejected) Counters() =>
        (LinesRead, LinesWritten, Volatile.Read(ref linesInput), Volatile.Read(ref linesOutput), Volatile.Read(ref linesUpdated), Volatile.Read(ref linesRejected));
}
