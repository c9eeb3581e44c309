namespace Orleans.AsyncHop.Engine.Json;

/// <summary>Kinds of steps in a compiled JSONPath expression.</summary>
public enum JsonPathStepKind
{
    Property,
    Wildcard,
    Index,
    Slice,
    Filter,
}
