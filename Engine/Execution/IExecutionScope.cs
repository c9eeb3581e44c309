using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>A running workflow or pipeline as a variable scope, with the scope that started it.</summary>
public interface IExecutionScope
{
    VariableSpace Variables { get; }

    IExecutionScope? ParentScope { get; }

    bool IsWorkflow { get; }
}
