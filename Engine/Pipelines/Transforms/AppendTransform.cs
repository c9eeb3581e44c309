using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Append streams: writes every row of the head transform, then every row of the tail transform.</summary>
[Transform("Append")]
public sealed class AppendTransform : TransformBase
{
    private string head = string.Empty;
    private string tail = string.Empty;

    public override IReadOnlyCollection<string> InfoStreamNames => [head, tail];

    public override void Init()
    {
        head = Meta.Element.TagOrEmpty("head_name");
        tail = Meta.Element.TagOrEmpty("tail_name");
        if (string.IsNullOrEmpty(head) || string.IsNullOrEmpty(tail))
        {
            throw Failure("both the head and the tail transform must be set.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var source in new[] { head, tail })
        {
            var reader = OpenInfoStream(source);
            while (await reader.ReadAsync(cancellationToken) is { } row)
            {
                await PutRowAsync(reader.Meta!, row, cancellationToken);
            }

            OutputRowMeta ??= reader.Meta;
        }
    }
}
