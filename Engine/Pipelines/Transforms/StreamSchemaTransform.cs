using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Stream schema merge: writes the rows of several streams with one layout, the union of their fields by
/// name in the order of the listed streams. A field that has different types in different streams
/// becomes a String, and its values become text. Fields a stream lacks are null in its rows. Streams
/// are written one after another in the listed order.
/// </summary>
[Transform("StreamSchema")]
public sealed class StreamSchemaTransform : TransformBase
{
    private string[] streams = [];

    public override IReadOnlyCollection<string> InfoStreamNames => streams;

    public override void Init()
    {
        streams = Meta.Element.Element("transforms")?.Elements("transform")
            .Select(t => t.TagOrEmpty("name")).Where(n => n.Length > 0).ToArray() ?? [];
        if (streams.Length == 0)
        {
            throw Failure("no streams to merge are listed.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var inputs = new List<(RowMeta Meta, List<object?[]> Rows)>();
        foreach (var stream in streams)
        {
            var (meta, rows) = await ReadInfoStreamAsync(stream, cancellationToken);
            inputs.Add((meta ?? RowMeta.Empty, rows));
        }

        var layout = Union(inputs.Select(i => i.Meta));
        OutputRowMeta = layout;
        foreach (var (meta, rows) in inputs)
        {
            var positions = meta.Fields.Select(f => layout.IndexOf(f.Name)).ToArray();
            foreach (var row in rows)
            {
                var output = new object?[layout.Count];
                for (var i = 0; i < positions.Length; i++)
                {
                    var target = layout[positions[i]];
                    output[positions[i]] = target.Type == meta[i].Type
                        ? row[i]
                        : ValueConverter.ToText(meta[i], row[i]);
                }

                IncrementLinesOutput();
                await PutRowAsync(layout, output, cancellationToken);
            }
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => OutputRowMeta;

    private static RowMeta Union(IEnumerable<RowMeta> metas)
    {
        var fields = new List<ValueMeta>();
        foreach (var field in metas.SelectMany(m => m.Fields))
        {
            var at = fields.FindIndex(f => f.Name == field.Name);
            if (at < 0)
            {
                fields.Add(field);
            }
            else if (fields[at].Type != field.Type)
            {
                fields[at] = fields[at] with { Type = HopValueType.String };
            }
        }

        return new RowMeta(fields);
    }
}
