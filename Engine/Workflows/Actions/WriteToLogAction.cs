using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Write to log: writes a resolved message at the configured level under the configured subject.</summary>
[Action("WRITE_TO_LOG")]
public sealed class WriteToLogAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var subject = Resolve(Setting("logsubject"));
        var level = HopLogLevels.Parse(Setting("loglevel"));
        Log.Write(level == HopLogLevel.Nothing ? HopLogLevel.Basic : level, string.IsNullOrEmpty(subject) ? Name : subject, Resolve(Setting("logmessage")));
        // Like Hop, the error count of the action before is kept, so a workflow that ends here after a
        // failure still ends with errors.
        previous.Result = true;
        return Task.FromResult(previous);
    }
}
