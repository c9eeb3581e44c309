using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>
/// <c>java.lang.System</c> exposed to scripts. A system property becomes a variable of every workflow up
/// to the root of this run, which is how Hop's new variable spaces pick system properties up, without
/// leaking into other runs of the server.
/// </summary>
public sealed class ScriptSystem(IExecutionScope scope)
{
    public string? SetProperty(string name, string? value)
    {
        var old = scope.Variables.Get(name);
        VariableScopes.Apply(scope, "JVM", name, value);
        return old;
    }

    public string? GetProperty(string name) => scope.Variables.Get(name);

    public string GetProperty(string name, string defaultValue) => scope.Variables.Get(name) ?? defaultValue;

    public long CurrentTimeMillis() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public string? Getenv(string name) => Environment.GetEnvironmentVariable(name);
}
