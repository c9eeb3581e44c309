using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Executors;

/// <summary>
/// One parameter an executor transform passes to its child: taken from a field of the row that starts the
/// run, else from a static value, else from the parent's variable when all variables are inherited.
/// </summary>
public sealed record ExecutorParameter(string Variable, string Field, string Input)
{
    /// <summary>
    /// Reads the parameter mappings. Hop's Pipeline executor stores them as <c>variable_mapping</c> and its
    /// Workflow executor as <c>variablemapping</c>.
    /// </summary>
    public static IReadOnlyList<ExecutorParameter> ReadAll(XElement? parameters, string mappingTag) =>
        parameters?.Elements(mappingTag)
            .Select(m => new ExecutorParameter(m.TagOrEmpty("variable"), m.TagOrEmpty("field"), m.TagOrEmpty("input")))
            .Where(p => p.Variable.Length > 0)
            .ToList() ?? [];

    /// <summary>Computes the values for one run; <paramref name="row"/> is the row that triggered it, or null.</summary>
    public static Dictionary<string, string> Resolve(
        IReadOnlyList<ExecutorParameter> parameters,
        RowMeta? meta,
        object?[]? row,
        VariableSpace variables,
        bool inheritAll)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var index = meta is null || row is null || parameter.Field.Length == 0 ? -1 : meta.IndexOf(parameter.Field);
            var fieldValue = index >= 0 ? ValueConverter.ToText(meta![index], row![index]) : null;
            if (!string.IsNullOrWhiteSpace(fieldValue))
            {
                values[parameter.Variable] = fieldValue;
            }
            else if (!string.IsNullOrWhiteSpace(parameter.Input))
            {
                values[parameter.Variable] = variables.Resolve(parameter.Input);
            }
            else if (parameter.Field.Trim().Length == 0 && inheritAll && variables.Get(parameter.Variable) is { } inherited
                && inherited.Trim().Length > 0)
            {
                values[parameter.Variable] = inherited;
            }
            else
            {
                values[parameter.Variable] = string.Empty;
            }
        }

        return values;
    }

    /// <summary>
    /// Returns the values of the parameters the child declares, which it takes as parameter values, and sets
    /// every other value as a variable in <paramref name="childVariables"/>.
    /// </summary>
    public static Dictionary<string, string> SplitDeclared(
        Dictionary<string, string> values, IReadOnlyList<ParameterDefinition> declared, VariableSpace childVariables)
    {
        var declaredNames = declared.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in values.Where(v => !declaredNames.Contains(v.Key)))
        {
            childVariables.Set(name, value);
        }

        return values.Where(v => declaredNames.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }
}
