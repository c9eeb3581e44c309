using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// The parameters a Pipeline or Workflow action passes to the file it runs: literal or variable values,
/// fields of the current result row, and with "pass all parameters" every variable named like a parameter.
/// </summary>
internal sealed class ChildParameters
{
    private readonly List<(string Name, string? StreamField, string Value)> entries = [];

    public bool PassAll { get; private init; }

    public static ChildParameters Read(XElement? element) => element is null
        ? new ChildParameters()
        : new ChildParameters(element) { PassAll = element.Flag("pass_all_parameters", true) };

    private ChildParameters()
    {
    }

    private ChildParameters(XElement element)
    {
        foreach (var parameter in element.Elements("parameter"))
        {
            var streamField = parameter.Tag("stream_name");
            entries.Add((parameter.TagOrEmpty("name"), string.IsNullOrEmpty(streamField) ? null : streamField, parameter.TagOrEmpty("value")));
        }
    }

    /// <summary>
    /// Computes the parameter values for one execution. Listed names that the child does not declare are
    /// returned as plain variables instead. With "pass all parameters" a declared parameter takes the
    /// value <paramref name="passAllValue"/> gives (by default the action's variable of that name).
    /// </summary>
    public (Dictionary<string, string> Parameters, Dictionary<string, string> Variables) Resolve(
        IReadOnlyList<ParameterDefinition> declared,
        VariableSpace actionVariables,
        ResultRow? row,
        Func<string, string?>? passAllValue = null)
    {
        passAllValue ??= actionVariables.Get;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredNames = declared.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

        if (PassAll)
        {
            foreach (var name in declaredNames)
            {
                var value = passAllValue(name);
                if (!string.IsNullOrEmpty(value))
                {
                    parameters[name] = value;
                }
            }
        }

        foreach (var (name, streamField, literal) in entries)
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            string value;
            if (!string.IsNullOrEmpty(literal))
            {
                value = actionVariables.Resolve(literal);
            }
            else if (streamField is not null)
            {
                value = FieldText(row, streamField);
            }
            else
            {
                value = actionVariables.Get(name) ?? string.Empty;
            }

            if (declaredNames.Contains(name))
            {
                parameters[name] = value;
            }
            else
            {
                variables[name] = value;
            }
        }

        return (parameters, variables);
    }

    private static string FieldText(ResultRow? row, string field)
    {
        if (row is null)
        {
            return string.Empty;
        }

        var index = row.Meta.IndexOf(field);
        return index < 0 ? string.Empty : Values.ValueConverter.ToText(row.Meta[index], row.Values[index]) ?? string.Empty;
    }
}
