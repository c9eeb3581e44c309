using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Workflows;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// One run of a workflow, keyed by container id. The workflow runs on the thread pool, off the grain's
/// turn. A keep-alive timer publishes its progress every second and persists it, and the end is recorded
/// in a grain turn. Status queries interleave with everything else.
/// </summary>
public sealed partial class WorkflowExecutionGrain(
    [PersistentState("run", GrainStorageNames.Runs)] IPersistentState<StoredRun> state,
    HopProjectProvider projects,
    IOptions<HopOptions> options,
    TimeProvider timeProvider,
    ILogger<WorkflowExecutionGrain> logger) : Grain, IWorkflowExecutionGrain
{
    private static readonly TimeSpan ProgressPeriod = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PersistPeriod = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private WorkflowExecution? execution;
    private Task? runTask;
    private IGrainTimer? progressTimer;
    private DateTimeOffset lastPersisted;

    private string ContainerId => this.GetPrimaryKeyString();

    private bool IsRunning => runTask is { IsCompleted: false };

    private async Task<StartRunResponse> StartRunAsync(RunDefinition definition, CancellationToken cancellationToken)
    {
        if (state.State.Snapshot is not null || execution is not null)
        {
            return StartRunResponse.Failed(RunErrorKind.Conflict, "id", $"A run with container id '{ContainerId}' already exists.");
        }

        WorkflowMeta meta;
        RunContext context;
        try
        {
            var project = projects.Load();
            meta = WorkflowMeta.Load(project.ResolveInsideHome(definition.WorkflowFile));
            var log = new ExecutionLog(HopLogLevel.Basic, options.Value.MaxLogLines, timeProvider);
            context = new RunContext(project, log, timeProvider) { ServiceName = definition.ServiceName, ContainerId = ContainerId };
        }
        catch (HopException exception)
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, "service", exception.Message);
        }

        var run = new WorkflowExecution(meta, context, null, definition.Parameters, ContainerId);
        run.Variables.SetAll(definition.Variables.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        run.Started += _ => started.TrySetResult();
        execution = run;

        await WatchAsync();
        state.State.Definition = definition;
        state.State.Snapshot = RunSnapshots.Capture(run, definition, options.Value.PersistedLogLines);
        await PersistAsync(cancellationToken);
        lastPersisted = timeProvider.GetUtcNow();

        RecordRunStarted(definition.ServiceName);
        runTask = Task.Run(() => run.RunAsync(CancellationToken.None), CancellationToken.None);
        progressTimer = this.RegisterGrainTimer(PublishProgressAsync, new GrainTimerCreationOptions(ProgressPeriod, ProgressPeriod)
        {
            KeepAlive = true,
            Interleave = true,
        });
        _ = RecordEndWhenDoneAsync(runTask);

        await Task.WhenAny(started.Task, runTask, Task.Delay(StartTimeout, timeProvider, cancellationToken));

        // The run is listed with the state it has now (usually Running), so that the first progress tick
        // finds no change: the shared run list is then written twice per run, at start and at the end.
        if (IsRunning && state.State.FinalLog is null)
        {
            state.State.Snapshot = RunSnapshots.Capture(run, definition, options.Value.PersistedLogLines);
            await PersistAsync(cancellationToken);
        }

        await RegisterAsync(cancellationToken);
        LogRunStarted(logger, definition.ServiceName, ContainerId, run.Name, run.LogChannelId);
        return new StartRunResponse(run.Name, ContainerId, started.Task.IsCompleted || runTask.IsCompleted ? run.LogChannelId : null, null);
    }

    public Task<RunSnapshot?> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        GrainTelemetry.RecordStatusQuery(state.State.Definition?.ServiceName);
        // Until the end is recorded, a fresh snapshot beats the timer's copy, which can be a second old.
        if (execution is not null && state.State.Definition is { } definition && (IsRunning || state.State.FinalLog is null))
        {
            return Task.FromResult<RunSnapshot?>(RunSnapshots.Capture(execution, definition, options.Value.PersistedLogLines));
        }

        return Task.FromResult(state.State.Snapshot);
    }

    public Task<LogPage?> GetLogAsync(long fromLine, CancellationToken cancellationToken = default)
    {
        if (execution is not null)
        {
            var tail = execution.Context.Log.Read(Math.Max(0, fromLine));
            return Task.FromResult<LogPage?>(new LogPage(tail.Text, tail.FirstLineNumber, tail.LastLineNumber, tail.DroppedLines));
        }

        if (state.State.Snapshot is null)
        {
            return Task.FromResult<LogPage?>(null);
        }

        var from = Math.Max(0, fromLine);
        return Task.FromResult<LogPage?>(state.State.FinalLog?.Page(from) ?? new LogPage(string.Empty, from, 0, 0));
    }

    public Task<bool> StopAsync(CancellationToken cancellationToken = default)
    {
        if (state.State.Snapshot is null)
        {
            return Task.FromResult(false);
        }

        if (execution is not null && IsRunning)
        {
            execution.Stop();
            LogRunStopRequested(logger, ContainerId);
        }

        return Task.FromResult(true);
    }

    public async Task<bool> RemoveAsync(CancellationToken cancellationToken = default)
    {
        if (state.State.Snapshot is null)
        {
            return false;
        }

        if (execution is not null && IsRunning)
        {
            execution.Stop();
        }

        progressTimer?.Dispose();
        progressTimer = null;
        execution = null;
        await ForgetRemindersAsync();
        await state.ClearStateAsync(cancellationToken);
        await GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey).UnregisterAsync(ContainerId, cancellationToken);
        LogRunRemoved(logger, ContainerId);
        DeactivateOnIdle();
        return true;
    }

    private async Task PublishProgressAsync(CancellationToken cancellationToken)
    {
        if (execution is null || state.State.Definition is not { } definition || !IsRunning)
        {
            return;
        }

        var snapshot = RunSnapshots.Capture(execution, definition, options.Value.PersistedLogLines);
        var changed = snapshot.State != state.State.Snapshot?.State;
        state.State.Snapshot = snapshot;
        if (changed || timeProvider.GetUtcNow() - lastPersisted >= PersistPeriod)
        {
            await PersistAsync(cancellationToken);
            lastPersisted = timeProvider.GetUtcNow();
            if (changed)
            {
                await RegisterAsync(cancellationToken);
            }
        }
    }

    /// <summary>Waits for the run on the grain's scheduler, so the end is recorded in a grain turn.</summary>
    private async Task RecordEndWhenDoneAsync(Task run)
    {
        try
        {
            await run;
        }
        catch (Exception exception)
        {
            LogRunCrashed(logger, ContainerId, exception);
        }

        progressTimer?.Dispose();
        progressTimer = null;
        if (execution is null || state.State.Definition is not { } definition)
        {
            RecordRunEnded(RunState.Stopped);
            return;
        }

        var snapshot = RunSnapshots.Capture(execution, definition, options.Value.PersistedLogLines);
        if (!run.IsCompletedSuccessfully && !Engine.Execution.ExecutionStatuses.IsTerminal(execution.Status))
        {
            snapshot = snapshot with { State = RunState.FinishedWithErrors, ErrorDescription = snapshot.ErrorDescription ?? "The run failed unexpectedly." };
        }

        RecordRunEnded(snapshot.State);

        state.State.Snapshot = snapshot;
        state.State.FinalLog = CaptureFinalLog(execution);
        await PersistAsync(CancellationToken.None);
        await RegisterAsync(CancellationToken.None);
        await ScheduleExpiryAsync(CancellationToken.None);
        LogRunFinished(logger, definition.ServiceName, ContainerId, Engine.Execution.ExecutionStatuses.Describe(execution.Status),
            snapshot.Result?.NrErrors ?? 0, snapshot.ErrorDescription ?? string.Empty);
    }

    private Task RegisterAsync(CancellationToken cancellationToken)
    {
        var snapshot = state.State.Snapshot!;
        return GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey).RegisterAsync(
            new RunSummary(snapshot.ContainerId, snapshot.ServiceName, snapshot.WorkflowName, snapshot.State, snapshot.StartDate, snapshot.EndDate),
            cancellationToken);
    }
}
