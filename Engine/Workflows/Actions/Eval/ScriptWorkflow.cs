namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>The <c>parent_workflow</c> object of a script: the running workflow's name and variables.</summary>
public sealed class ScriptWorkflow(WorkflowExecution workflow)
{
    public string GetWorkflowName() => workflow.Name;

    public string GetName() => workflow.Name;

    public string? GetVariable(string name) => workflow.Variables.Get(name);

    public string GetVariable(string name, string defaultValue) => workflow.Variables.Get(name) ?? defaultValue;

    public void SetVariable(string name, string? value) => workflow.Variables.Set(name, value);

    public string Resolve(string text) => workflow.Variables.Resolve(text);

    public string EnvironmentSubstitute(string text) => workflow.Variables.Resolve(text);

    public bool IsStopped() => workflow.IsStopped;

    public string[] ListVariables() => [.. workflow.Variables.Snapshot().Keys];
}
