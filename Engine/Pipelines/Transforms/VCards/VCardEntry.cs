namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>
/// One content line of a vCard: the upper-case property name, its parameters (names in upper case, each with
/// its values) and the value as written, still escaped.
/// </summary>
public sealed record VCardEntry(string Name, List<KeyValuePair<string, List<string>>> Parameters, string RawValue)
{
    /// <summary>Lists the values of the TYPE parameter, split at commas, including vCard 2.1's bare type names.</summary>
    public List<string> Types() =>
        Parameters
            .Where(p => p.Key == "TYPE")
            .SelectMany(p => p.Value)
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    /// <summary>Returns the first value of a parameter, or null when it is absent.</summary>
    public string? Parameter(string name) =>
        Parameters.Where(p => p.Key == name).SelectMany(p => p.Value).FirstOrDefault();
}
