namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// The element counters of one document read by the XML input stream transform: the current level, the last
/// element id, and per level the element id, parent id, name and path. Level 0 is the document itself.
/// </summary>
public sealed class DocumentState
{
    /// <summary>The maximum element nesting depth, the same fixed limit as Hop's.</summary>
    public const int MaxLevels = 1000;

    public DocumentState(string? path, object?[]? inputRow)
    {
        Path = path;
        InputRow = inputRow;
        LevelIds[0] = 0;
        Paths[0] = string.Empty;
    }

    public string? Path { get; }

    public object?[]? InputRow { get; }

    public long RowNumber { get; set; }

    public int Level { get; set; }

    public long ElementId { get; set; }

    public long?[] LevelIds { get; } = new long?[MaxLevels];

    public long?[] ParentIds { get; } = new long?[MaxLevels];

    public string?[] Names { get; } = new string?[MaxLevels];

    public string?[] Paths { get; } = new string?[MaxLevels];
}
