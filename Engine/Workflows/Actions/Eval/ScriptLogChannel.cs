using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>
/// The <c>log</c> and <c>action</c> objects of a script: Hop's logging methods, writing under the
/// action's name, and the action's own variables.
/// </summary>
public sealed class ScriptLogChannel(ExecutionLog log, string subject, VariableSpace variables)
{
    public void LogMinimal(string message) => log.Write(HopLogLevel.Minimal, subject, message);

    public void LogBasic(string message) => log.Basic(subject, message);

    public void LogDetailed(string message) => log.Detailed(subject, message);

    public void LogDebug(string message) => log.Write(HopLogLevel.Debug, subject, message);

    public void LogRowlevel(string message) => log.Write(HopLogLevel.Rowlevel, subject, message);

    public void LogError(string message) => log.Error(subject, message);

    public string? GetVariable(string name) => variables.Get(name);

    public string GetVariable(string name, string defaultValue) => variables.Get(name) ?? defaultValue;

    public void SetVariable(string name, string? value) => variables.Set(name, value);

    public string Resolve(string text) => variables.Resolve(text);

    public string GetName() => subject;
}
