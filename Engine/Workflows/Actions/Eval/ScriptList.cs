namespace Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

/// <summary>A read-only list with the java.util.List methods Hop scripts call: size(), get(i), isEmpty().</summary>
public sealed class ScriptList(IReadOnlyList<object> items)
{
    public int Size() => items.Count;

    public object Get(int index) => items[index];

    public bool IsEmpty() => items.Count == 0;

    public bool Contains(object item) => items.Contains(item);

    public object[] ToArray() => [.. items];
}
