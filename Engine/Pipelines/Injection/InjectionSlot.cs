namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Where one injection key lands in a transform's XML: a tag directly under &lt;transform&gt; when
/// <see cref="Container"/> is null, else a tag inside each &lt;<see cref="Item"/>&gt; of the container
/// (one item per injected row, as Hop rebuilds an injected list). A null <see cref="Item"/> with a
/// container is a plain list of values: one &lt;<see cref="Tag"/>&gt; per row. Container "." stands for the
/// &lt;transform&gt; element itself, for lists whose items sit directly in it.
/// </summary>
public sealed record InjectionSlot(string Key, string? Container, string? Item, string Tag)
{
    /// <summary>A Y/N setting: injected text such as "1", "true" or "yes" is stored as Y, anything else as N.</summary>
    public bool IsFlag { get; init; }

    public bool IsGroup => Container is not null;

    /// <summary>Identifies the list a grouped key belongs to, so that keys of one list fill the same items.</summary>
    public string GroupId => $"{Container}/{Item ?? Tag}";
}
