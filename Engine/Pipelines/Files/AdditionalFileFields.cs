using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// The optional file fields file input transforms add after their own fields, in Hop's order: short file
/// name, extension, path, size, hidden flag, last modification time, URI and root URI. A field is added
/// only when its name is set.
/// </summary>
public sealed class AdditionalFileFields
{
    private static readonly (string Tag, HopValueType Type)[] Tags =
    [
        ("shortFileFieldName", HopValueType.String),
        ("extensionFieldName", HopValueType.String),
        ("pathFieldName", HopValueType.String),
        ("sizeFieldName", HopValueType.Integer),
        ("hiddenFieldName", HopValueType.Boolean),
        ("lastModificationTimeFieldName", HopValueType.Date),
        ("uriNameFieldName", HopValueType.String),
        ("rootUriNameFieldName", HopValueType.String),
    ];

    private readonly string?[] names;

    private AdditionalFileFields(string?[] names) => this.names = names;

    public IEnumerable<ValueMeta> Metas => Tags.Select((tag, i) => names[i] is { } name ? new ValueMeta(name, tag.Type) : null)
        .OfType<ValueMeta>();

    public int Count => names.Count(n => n is not null);

    /// <summary>
    /// Reads the field names; <paramref name="withSize"/> false ignores <c>sizeFieldName</c>, as Load file
    /// content in memory does because it has a size element of its own.
    /// </summary>
    public static AdditionalFileFields Read(XElement transform, bool withSize = true) =>
        new(Tags.Select(t => (withSize || t.Tag != "sizeFieldName") && transform.Tag(t.Tag) is { Length: > 0 } name ? name : null)
            .ToArray());

    /// <summary>Fills the configured fields for <paramref name="path"/> from <paramref name="index"/> on.</summary>
    public void Fill(object?[] row, int index, string path)
    {
        if (Count == 0)
        {
            return;
        }

        var file = new FileInfo(path);
        var values = new object?[]
        {
            file.Name,
            file.Extension.TrimStart('.'),
            file.DirectoryName,
            file.Exists ? file.Length : 0L,
            file.Name.StartsWith('.') || (file.Exists && file.Attributes.HasFlag(FileAttributes.Hidden)),
            file.Exists ? file.LastWriteTime : null,
            new Uri(file.FullName).AbsoluteUri,
            "file:///",
        };
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is not null)
            {
                row[index++] = values[i];
            }
        }
    }
}
