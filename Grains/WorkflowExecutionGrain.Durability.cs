using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// What keeps a run's stored status true when its silo goes away, and removes the run once Hop's object
/// timeout has passed. A running run has a watch reminder, and a finished run an expiry reminder instead.
/// </summary>
[Immovable]
public sealed partial class WorkflowExecutionGrain : IRemindable
{
    public const string WatchReminderName = "run-watch";
    public const string ExpiryReminderName = "run-expiry";

    private readonly SemaphoreSlim persistGate = new(1, 1);

    /// <summary>The watch period, raised to Orleans' minimum reminder period, which rejects shorter reminders.</summary>
    private TimeSpan WatchPeriod
    {
        get
        {
            var configured = ServiceProvider.GetRequiredService<IOptions<RunDurabilityOptions>>().Value.WatchPeriod;
            var minimum = ServiceProvider.GetRequiredService<IOptions<ReminderOptions>>().Value.MinimumReminderPeriod;
            return configured < minimum ? minimum : configured;
        }
    }

    /// <summary>Time a finished run is kept, or null when <c>Hop:ObjectTimeoutMinutes</c> is 0 or less (kept until removed).</summary>
    private TimeSpan? Retention => options.Value.ObjectTimeoutMinutes > 0 ? TimeSpan.FromMinutes(options.Value.ObjectTimeoutMinutes) : null;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var snapshot = state.State.Snapshot;
        if (snapshot is null)
        {
            // The run was removed while a reminder was still registered.
            await ForgetRemindersAsync();
            DeactivateOnIdle();
            return;
        }

        if (!IsEnded(snapshot.State))
        {
            // NOTE: this trusts Orleans' single activation. Should a duplicate activation exist during a membership
            // change, it could settle a run that still runs elsewhere, whose later writes then fail on the ETag.
            if (execution is null)
            {
                await SettleAsync(
                    "The silo running this workflow was lost before the run ended; the run was not restarted.",
                    CancellationToken.None);
                LogRunLost(logger, ContainerId);
            }

            return;
        }

        if (reminderName == WatchReminderName)
        {
            // The run ended but its watch reminder survived, e.g. the silo died between the final write and this step.
            await ScheduleExpiryAsync(CancellationToken.None);
            return;
        }

        if (reminderName == ExpiryReminderName && Retention is { } retention
            && timeProvider.GetUtcNow() >= (snapshot.EndDate ?? snapshot.StartDate ?? DateTimeOffset.MinValue) + retention)
        {
            LogRunExpired(logger, ContainerId, options.Value.ObjectTimeoutMinutes);
            await RemoveAsync(CancellationToken.None);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (execution is not null && IsRunning && state.State.Snapshot is { } snapshot && !IsEnded(snapshot.State))
        {
            execution.Stop();
            LogRunSettledOnDeactivation(logger, ContainerId, reason.Description);
            await SettleAsync(
                $"The silo running this workflow shut down before the run ended ({reason.Description}); the run was not restarted.",
                cancellationToken);
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private static bool IsEnded(RunState runState) => runState is RunState.Finished or RunState.FinishedWithErrors
        or RunState.Stopped or RunState.StoppedWithErrors;

    /// <summary>Writes the state one caller at a time, so timer ticks, the run's end and reminders never race on the ETag.</summary>
    private async Task PersistAsync(CancellationToken cancellationToken)
    {
        await persistGate.WaitAsync(cancellationToken);
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        finally
        {
            persistGate.Release();
        }
    }

    /// <summary>Registers the reminder that notices a lost silo, before the run's first snapshot is stored.</summary>
    private async Task WatchAsync()
    {
        var period = WatchPeriod;
        await this.RegisterOrUpdateReminder(WatchReminderName, period, period);
    }

    /// <summary>Replaces the watch reminder by the one that removes the run when its object timeout has passed.</summary>
    private async Task ScheduleExpiryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await UnregisterReminderAsync(WatchReminderName);
            if (Retention is not { } retention || state.State.Snapshot is not { } snapshot)
            {
                return;
            }

            var now = timeProvider.GetUtcNow();
            var due = (snapshot.EndDate ?? now) + retention - now;
            await this.RegisterOrUpdateReminder(ExpiryReminderName, due < TimeSpan.Zero ? TimeSpan.Zero : due, WatchPeriod);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The watch reminder, if still there, calls this again on its next tick.
            LogReminderUpdateFailed(logger, ContainerId, exception);
        }
    }

    private async Task ForgetRemindersAsync()
    {
        await UnregisterReminderAsync(WatchReminderName);
        await UnregisterReminderAsync(ExpiryReminderName);
    }

    private async Task UnregisterReminderAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>
    /// Ends a run whose workflow no longer runs here as stopped with errors, stores it, and updates the run list.
    /// The log tail is kept when this activation still has it.
    /// </summary>
    private async Task SettleAsync(string errorDescription, CancellationToken cancellationToken)
    {
        var snapshot = state.State.Snapshot!;
        var now = timeProvider.GetUtcNow();
        var elapsed = snapshot.StartDate is { } start ? (long)(now - start).TotalMilliseconds : 0;
        var result = snapshot.Result is { } known
            ? known with { Result = false, NrErrors = Math.Max(1, known.NrErrors), Stopped = true }
            : new ResultRecord(false, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, true, snapshot.LogChannelId, elapsed, snapshot.ContainerId);
        state.State.Snapshot = snapshot with
        {
            State = RunState.StoppedWithErrors,
            ErrorDescription = errorDescription,
            EndDate = now,
            Result = result,
        };
        if (execution is not null)
        {
            state.State.FinalLog = CaptureFinalLog(execution);
        }

        progressTimer?.Dispose();
        progressTimer = null;
        execution = null;
        await PersistAsync(cancellationToken);
        try
        {
            await RegisterAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRegistryUpdateFailed(logger, ContainerId, exception);
        }

        await ScheduleExpiryAsync(cancellationToken);
    }

    private StoredLog CaptureFinalLog(Engine.Workflows.WorkflowExecution run)
    {
        var log = run.Context.Log;
        var kept = log.Read(Math.Max(0, log.NextLineNumber - options.Value.PersistedLogLines)).Lines;
        var lastLine = log.NextLineNumber;
        var firstKept = kept.Count == 0 ? lastLine : kept[0].Number;
        return new StoredLog(kept.Select(line => line.ToString()).ToList(), firstKept, lastLine, firstKept);
    }

    [LoggerMessage(EventId = 2150, EventName = "RunLost", Level = LogLevel.Warning,
        Message = "Run {ContainerId} was still running on a silo that is gone; it is now stopped with errors")]
    private static partial void LogRunLost(ILogger logger, string containerId);

    [LoggerMessage(EventId = 2151, EventName = "RunSettledOnDeactivation", Level = LogLevel.Warning,
        Message = "Run {ContainerId} is stopped with errors because its activation ends: {Reason}")]
    private static partial void LogRunSettledOnDeactivation(ILogger logger, string containerId, string reason);

    [LoggerMessage(EventId = 2152, EventName = "RunExpired", Level = LogLevel.Information,
        Message = "Run {ContainerId} ended more than {ObjectTimeoutMinutes} minutes ago and is removed")]
    private static partial void LogRunExpired(ILogger logger, string containerId, int objectTimeoutMinutes);

    [LoggerMessage(EventId = 2153, EventName = "RunReminderUpdateFailed", Level = LogLevel.Warning,
        Message = "The reminders of run {ContainerId} could not be updated; the next reminder tick retries")]
    private static partial void LogReminderUpdateFailed(ILogger logger, string containerId, Exception exception);

    [LoggerMessage(EventId = 2154, EventName = "RunRegistryUpdateFailed", Level = LogLevel.Warning,
        Message = "The run list could not be told about run {ContainerId}")]
    private static partial void LogRegistryUpdateFailed(ILogger logger, string containerId, Exception exception);
}
