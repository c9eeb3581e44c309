using System.Collections.Concurrent;
using Orleans.AsyncHop.Engine.Diagnostics;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Workflows;

/// <summary>
/// One run of a workflow. Actions run from Start along the hops, depth first. A hop is followed when it
/// is unconditional, or when the source action is an evaluation whose result matches the hop. As in Hop,
/// the workflow's result is the result of the last action on the last branch followed.
/// </summary>
public sealed class WorkflowExecution : IExecutionScope
{
    private const int YieldEveryActions = 32;

    private readonly CancellationTokenSource stopSource = new();
    private readonly ConcurrentQueue<ActionResultEntry> actionResults = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> activeActions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> runningJoins = new(StringComparer.OrdinalIgnoreCase);
    private volatile bool aborted;
    private volatile bool stopRequested;
    private long firstLogLine;

    public WorkflowExecution(
        WorkflowMeta meta,
        RunContext context,
        IExecutionScope? parentScope,
        IReadOnlyDictionary<string, string>? parameterValues = null,
        string? containerId = null,
        VariableSpace? variables = null)
    {
        Meta = meta;
        Context = context;
        ParentScope = parentScope;
        Id = containerId ?? RunContext.NewId();
        Variables = variables ?? new VariableSpace(parentScope?.Variables ?? context.Project.CreateVariables());
        SetInternalVariables();
        PipelineExecution.ActivateParameters(meta.Parameters, parameterValues ?? new Dictionary<string, string>(), Variables);
    }

    public WorkflowMeta Meta { get; }

    public string Name => Meta.Name;

    /// <summary>The container id: the key a client uses to ask for this run.</summary>
    public string Id { get; }

    public string LogChannelId { get; } = RunContext.NewId();

    public RunContext Context { get; }

    public VariableSpace Variables { get; }

    public IExecutionScope? ParentScope { get; }

    public bool IsWorkflow => true;

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.Waiting;

    public DateTimeOffset? StartDate { get; private set; }

    public DateTimeOffset? EndDate { get; private set; }

    public HopResult? Result { get; private set; }

    /// <summary>
    /// The result the Start action receives. A Workflow action hands its previous result (rows, files) to
    /// the child workflow, and a Workflow executor hands the rows of its group, as Hop does.
    /// </summary>
    public HopResult? PreviousResult { get; init; }

    /// <summary>
    /// Values actions leave for whoever runs this workflow, like Hop's extension data map: End repeat
    /// stores its flag here for the Repeat action.
    /// </summary>
    public ConcurrentDictionary<string, object> ExtensionData { get; } = new(StringComparer.Ordinal);

    /// <summary>The first error that ended the run, if any.</summary>
    public string? ErrorDescription { get; private set; }

    /// <summary>Set once the workflow has started its first action.</summary>
    public event Action<WorkflowExecution>? Started;

    public IReadOnlyList<ActionResultEntry> ActionResults => actionResults.ToArray();

    public IReadOnlyDictionary<string, DateTimeOffset> ActiveActions => activeActions;

    public bool IsStopped => stopRequested || stopSource.IsCancellationRequested;

    /// <summary>Runs the workflow to the end. Errors in actions become the result; this method does not throw for them.</summary>
    public async Task<HopResult> RunAsync(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopSource.Token);
        using var activity = ExecutionTracing.StartWorkflow(this);
        firstLogLine = Context.Log.Read(long.MaxValue).LastLineNumber;
        StartDate = Context.TimeProvider.GetUtcNow();
        Status = ExecutionStatus.Running;
        Context.Log.Basic(Name, "Start of workflow execution");
        Started?.Invoke(this);
        var started = Context.TimeProvider.GetTimestamp();

        HopResult result;
        try
        {
            var start = Meta.Actions.FirstOrDefault(a => a.IsStart)
                ?? throw new HopException($"Workflow '{Name}' ({Meta.FilePath}) has no Start action.");
            var input = PreviousResult?.Clone() ?? new HopResult();
            input.Result = true;
            result = await ExecuteActionAsync(start, input, 0, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            result = new HopResult { Result = false, Stopped = true };
        }
        catch (HopException exception)
        {
            ErrorDescription ??= exception.Message;
            Context.Log.Error(Name, exception.Message);
            result = HopResult.Failure();
        }

        result.ElapsedTimeMillis = (long)Context.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
        result.LogChannelId = LogChannelId;
        if (result.NrErrors > 0)
        {
            result.Result = false;
        }

        if (IsStopped)
        {
            result.Stopped = true;
        }

        EndDate = Context.TimeProvider.GetUtcNow();
        Result = result;
        Status = IsStopped
            ? result.NrErrors > 0 ? ExecutionStatus.StoppedWithErrors : ExecutionStatus.Stopped
            : result.NrErrors > 0 ? ExecutionStatus.FinishedWithErrors : ExecutionStatus.Finished;
        Context.Log.Basic(Name, $"Workflow execution finished ({ExecutionStatuses.Describe(Status)})");
        result.LogText = Context.Log.Read(firstLogLine).Text;
        ExecutionTracing.EndWorkflow(activity, this, result);
        return result;
    }

    /// <summary>Requests a stop: running actions and pipelines are cancelled and no further action starts.</summary>
    public void Stop()
    {
        stopRequested = true;
        if (Status == ExecutionStatus.Running)
        {
            Status = ExecutionStatus.Halting;
        }

        stopSource.Cancel();
    }

    /// <summary>Prevents any further action from starting, as Hop's Abort action does.</summary>
    internal void Abort() => aborted = true;

    private async Task<HopResult> ExecuteActionAsync(ActionMeta meta, HopResult previous, long nr, CancellationToken cancellationToken)
    {
        // A stop ends the chain with a stopped result rather than an exception, because an exception
        // would be rethrown once per action on the chain, which is slow for long loops.
        if (cancellationToken.IsCancellationRequested)
        {
            return StoppedResult(previous);
        }

        if (aborted)
        {
            return previous;
        }

        // Loops in a workflow recurse here. Actions that finish synchronously would grow the stack without
        // bound, so the chain moves to a fresh stack every few actions.
        if (nr > 0 && nr % YieldEveryActions == 0)
        {
            await Task.Yield();
        }

        var action = CreateAction(meta);
        var begin = Context.TimeProvider.GetUtcNow();
        var timestamp = Context.TimeProvider.GetTimestamp();
        var logStart = Context.Log.Read(long.MaxValue).LastLineNumber;
        activeActions[meta.Name] = begin;
        var activity = ExecutionTracing.StartAction(this, meta);
        if (!meta.IsStart)
        {
            Context.Log.Basic(Name, $"Starting action [{meta.Name}]");
        }

        HopResult newResult;
        string? reason = null;
        try
        {
            newResult = await action.ExecuteAsync(previous.Clone(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            activity?.Stop();
            return StoppedResult(previous);
        }
        catch (Exception exception)
        {
            reason = exception is HopException ? exception.Message : $"Action '{meta.Name}' failed: {exception}";
            Context.Log.Error(meta.Name, reason);
            ErrorDescription ??= reason;
            newResult = HopResult.Failure();
        }
        finally
        {
            activeActions.TryRemove(meta.Name, out _);
            runningJoins.TryRemove(meta.Name, out _);
        }

        newResult.EntryNr = nr;
        newResult.ElapsedTimeMillis = (long)Context.TimeProvider.GetElapsedTime(timestamp).TotalMilliseconds;
        newResult.LogText = Context.Log.Read(logStart).Text;
        if (newResult.NrErrors > 0)
        {
            newResult.Result = false;
        }

        actionResults.Enqueue(new ActionResultEntry(meta.Name, meta.Type, newResult.Clone(keepRows: false), begin, Context.TimeProvider.GetUtcNow(), reason));
        if (!meta.IsStart)
        {
            Context.Log.Basic(Name, $"Finished action [{meta.Name}] (result=[{newResult.Result.ToString().ToLowerInvariant()}])");
        }

        ExecutionTracing.EndAction(activity, newResult, reason);

        return await FollowHopsAsync(meta, action, newResult, nr, cancellationToken);
    }

    private async Task<HopResult> FollowHopsAsync(ActionMeta meta, ActionBase action, HopResult newResult, long nr, CancellationToken cancellationToken)
    {
        HopResult? branchResult = null;
        var parallelBranches = new List<Task<HopResult>>();
        foreach (var hop in Meta.Hops)
        {
            if (!hop.Enabled || !hop.From.Equals(meta.Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var follow = hop.Unconditional || (action.IsEvaluation && hop.Evaluation == newResult.Result);
            if (!follow || aborted || cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            var next = Meta.FindAction(hop.To)
                ?? throw new HopException($"Workflow '{Name}' has a hop from '{hop.From}' to '{hop.To}', but there is no action named '{hop.To}'.");
            if (IsJoin(next) && !runningJoins.TryAdd(next.Name, 0))
            {
                // A join runs once for all its incoming branches: later arrivals are skipped while it waits.
                continue;
            }

            if (CreatesResetErrors(next))
            {
                newResult.NrErrors = 0;
            }

            if (meta.Parallel)
            {
                var light = newResult.Clone(keepRows: false);
                parallelBranches.Add(Task.Run(() => ExecuteActionAsync(next, light, nr + 1, cancellationToken), CancellationToken.None));
            }
            else
            {
                branchResult = await ExecuteActionAsync(next, newResult, nr + 1, cancellationToken);
            }
        }

        var result = branchResult ?? newResult;
        foreach (var branch in parallelBranches)
        {
            result.Add(await branch);
        }

        if (result.NrErrors > 0)
        {
            result.Result = false;
        }

        return result;
    }

    private static HopResult StoppedResult(HopResult previous)
    {
        var stopped = previous.Clone(keepRows: false);
        stopped.Stopped = true;
        stopped.Result = false;
        return stopped;
    }

    /// <summary>Hop's actions that see the previous error count instead of starting from zero.</summary>
    private static readonly HashSet<string> KeepErrorsTypes = new(["ABORT", "JOIN", "EVAL", "DELAY", "WRITE_TO_LOG"], StringComparer.OrdinalIgnoreCase);

    private static bool CreatesResetErrors(ActionMeta next) => !KeepErrorsTypes.Contains(next.Type);

    private static bool IsJoin(ActionMeta meta) => meta.Type.Equals("JOIN", StringComparison.OrdinalIgnoreCase);

    /// <summary>The latest finished result of an action of this run, if it has finished at least once.</summary>
    internal HopResult? LatestResultOf(string actionName) =>
        actionResults.LastOrDefault(r => r.ActionName.Equals(actionName, StringComparison.OrdinalIgnoreCase))?.Result;

    private ActionBase CreateAction(ActionMeta meta)
    {
        ActionBase action;
        try
        {
            action = ActionRegistry.Create(meta.Type);
        }
        catch (HopException exception)
        {
            throw new HopException($"Action '{meta.Name}' in workflow '{Name}' ({Meta.FilePath}): {exception.Message}.");
        }

        action.Attach(meta, this);
        try
        {
            action.Init();
        }
        catch (Exception exception) when (exception is not HopException)
        {
            throw new HopException($"Action '{meta.Name}' in workflow '{Name}' has invalid settings: {exception.Message}", exception);
        }

        return action;
    }

    private void SetInternalVariables()
    {
        var folder = Meta.FilePath is null ? string.Empty : InternalVariables.ToFolderUri(Path.GetDirectoryName(Meta.FilePath)!);
        Variables.Set(InternalVariables.WorkflowFilenameFolder, folder);
        Variables.Set(InternalVariables.WorkflowFilenameDirectory, folder);
        Variables.Set(InternalVariables.EntryCurrentFolder, folder);
        Variables.Set(InternalVariables.EntryCurrentDirectory, folder);
        Variables.Set(InternalVariables.WorkflowFilenameName, Meta.FilePath is null ? string.Empty : Path.GetFileName(Meta.FilePath));
        Variables.Set(InternalVariables.WorkflowName, Meta.Name);
        Variables.Set(InternalVariables.WorkflowId, LogChannelId);
        Variables.Set(InternalVariables.WorkflowParentId, ParentScope?.Variables.Get(InternalVariables.WorkflowId) ?? string.Empty);
        if (ParentScope is null)
        {
            Variables.Set(InternalVariables.ServerObjectId, Id);
        }
    }
}
