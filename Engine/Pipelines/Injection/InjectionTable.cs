namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// The injection keys of one transform type and the XML tags they set. Keys are written "KEY=tag", or
/// just "tag" when Hop uses the tag itself as the key; a trailing '?' marks a Y/N flag. Keys are matched
/// exactly, as Hop does.
/// </summary>
public sealed class InjectionTable(string type)
{
    private readonly Dictionary<string, InjectionSlot> slots = new(StringComparer.Ordinal);

    public string Type { get; } = type;

    public InjectionTable Values(params string[] keys) => Add(null, null, keys);

    public InjectionTable Group(string container, string? item, params string[] keys) => Add(container, item, keys);

    public InjectionSlot? Find(string key) => slots.GetValueOrDefault(key);

    private InjectionTable Add(string? container, string? item, string[] keys)
    {
        foreach (var entry in keys)
        {
            var split = entry.IndexOf('=', StringComparison.Ordinal);
            var key = split < 0 ? entry.TrimEnd('?') : entry[..split];
            var tag = split < 0 ? entry : entry[(split + 1)..];
            var flag = tag.EndsWith('?');
            slots[key] = new InjectionSlot(key, container, item, flag ? tag[..^1] : tag) { IsFlag = flag };
        }

        return this;
    }
}
