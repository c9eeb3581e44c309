using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Model;

/// <summary>One transform of a pipeline as stored in the .hpl file; plugin settings stay in <see cref="Element"/>.</summary>
public sealed class TransformMeta
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    /// <summary>True: rows are spread round-robin over the output hops; false: every output gets every row.</summary>
    public bool Distribute { get; init; } = true;

    /// <summary>Number of copies as written in the file; it may contain a variable.</summary>
    public string Copies { get; init; } = "1";

    public required XElement Element { get; init; }

    public static TransformMeta Read(XElement element) => new()
    {
        Name = element.TagOrEmpty("name"),
        Type = element.TagOrEmpty("type"),
        Distribute = element.Flag("distribute", true),
        Copies = element.Tag("copies") is { Length: > 0 } copies ? copies : "1",
        Element = element,
    };
}
