using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>
/// A variable scope placed between a run and the pipeline or workflow it starts, so the child gets chosen
/// variables while "set variable in parent workflow" still reaches the workflows above.
/// </summary>
public sealed class ChildScope(VariableSpace variables, IExecutionScope? parent) : IExecutionScope
{
    public VariableSpace Variables { get; } = variables;

    public IExecutionScope? ParentScope { get; } = parent;

    public bool IsWorkflow => false;
}
