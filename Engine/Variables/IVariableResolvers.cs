namespace Orleans.AsyncHop.Engine.Variables;

/// <summary>
/// Hop's variable resolvers: the named metadata objects behind <c>#{name:path:key}</c> expressions.
/// </summary>
public interface IVariableResolvers
{
    /// <summary>
    /// Resolves the path with the named resolver. Returns null when no resolver has that name or it
    /// finds nothing, and raises a <see cref="HopException"/> when the resolver fails.
    /// </summary>
    string? Resolve(string name, string path, VariableSpace variables);
}
