using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Set variables: sets each listed variable in the scope it names (current, parent or root workflow),
/// optionally reading more from a properties file.
/// </summary>
[Action("SET_VARIABLES")]
public sealed class SetVariablesAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var replace = Meta.Element.Flag("replacevars", true);
        var assignments = new List<(string Name, string Value, string Scope)>();

        var file = ResolvePath(Setting("filename"));
        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                throw Failure($"the properties file '{file}' does not exist.");
            }

            var fileScope = Setting("file_variable_type") is { Length: > 0 } s ? s : "CURRENT_WORKFLOW";
            foreach (var (name, value) in ReadProperties(file))
            {
                assignments.Add((name, value, fileScope));
            }
        }

        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var name = field.TagOrEmpty("variable_name");
            var value = field.TagOrEmpty("variable_value");
            var scope = field.Tag("variable_type") is { Length: > 0 } t ? t : "CURRENT_WORKFLOW";
            assignments.Add((name, value, scope));
        }

        foreach (var (name, value, scope) in assignments)
        {
            var resolvedName = Resolve(name);
            var resolvedValue = replace ? Resolve(value) : value;
            VariableScopes.Apply(Workflow, scope, resolvedName, resolvedValue);
            Variables.Set(resolvedName, resolvedValue);
            Log.Detailed(Name, $"Set variable {resolvedName} in scope {scope}");
        }

        previous.Result = true;
        previous.NrErrors = 0;
        return Task.FromResult(previous);
    }

    private static IEnumerable<(string Name, string Value)> ReadProperties(string path)
    {
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('!'))
            {
                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator < 0)
            {
                yield return (line, string.Empty);
                continue;
            }

            yield return (line[..separator].Trim(), line[(separator + 1)..].Trim());
        }
    }
}
