using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>Applies a variable to the scopes Hop names: CURRENT_WORKFLOW, PARENT_WORKFLOW, GRAND_PARENT_WORKFLOW, ROOT_WORKFLOW, JVM.</summary>
public static class VariableScopes
{
    /// <summary>
    /// Sets the variable on <paramref name="start"/> and on the workflows the scope names. A pipeline
    /// passes itself as start, so its parent workflow is the first workflow above it.
    /// </summary>
    public static void Apply(IExecutionScope start, string scope, string name, string? value)
    {
        start.Variables.Set(name, value);
        var normalized = scope.Trim().ToUpperInvariant();
        var workflows = new List<IExecutionScope>();
        for (var current = start.ParentScope; current is not null; current = current.ParentScope)
        {
            if (current.IsWorkflow)
            {
                workflows.Add(current);
            }
        }

        switch (normalized)
        {
            case "CURRENT_WORKFLOW" or "":
                if (!start.IsWorkflow && workflows.Count > 0)
                {
                    workflows[0].Variables.Set(name, value);
                }

                break;
            case "PARENT_WORKFLOW":
                SetOn(workflows.Take(1), name, value);
                break;
            case "GRAND_PARENT_WORKFLOW":
                SetOn(workflows.Take(2), name, value);
                break;
            case "ROOT_WORKFLOW":
            case "JVM":
            case "SYSTEM":
                SetOn(workflows, name, value);
                break;
            default:
                throw new HopException($"Unknown variable scope '{scope}' for variable '{name}'.");
        }
    }

    private static void SetOn(IEnumerable<IExecutionScope> scopes, string name, string? value)
    {
        foreach (var scope in scopes)
        {
            scope.Variables.Set(name, value);
        }
    }
}
