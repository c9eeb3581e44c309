using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>A result row exposed to scripts, with the getters of Hop's RowMetaAndData by index or name.</summary>
public sealed class ScriptRow(ResultRow row)
{
    public int Size() => row.Values.Length;

    public string? GetString(object field, string? defaultValue)
    {
        var index = IndexOf(field);
        return index < 0 ? defaultValue : ValueConverter.ToText(row.Meta[index], row.Values[index]) ?? defaultValue;
    }

    public object? GetValue(object field) => IndexOf(field) is var index and >= 0 ? row.Values[index] : null;

    public string[] GetFieldNames() => [.. Enumerable.Range(0, row.Meta.Count).Select(i => row.Meta[i].Name)];

    private int IndexOf(object field) => field switch
    {
        string name => row.Meta.IndexOf(name),
        double number when number >= 0 && number < row.Values.Length => (int)number,
        int number when number >= 0 && number < row.Values.Length => number,
        _ => -1,
    };
}
