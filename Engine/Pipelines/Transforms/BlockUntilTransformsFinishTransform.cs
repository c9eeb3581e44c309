using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Blocks until transforms finish: waits until every copy of the listed transforms (or the listed copy)
/// has finished, then passes its input rows on unchanged.
/// </summary>
[Transform("BlockUntilTransformsFinish")]
public sealed class BlockUntilTransformsFinishTransform : TransformBase
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var waits = new List<Task>();
        foreach (var entry in Meta.Element.Element("transforms")?.Elements("transform") ?? [])
        {
            var name = entry.TagOrEmpty("name");
            var copy = entry.Tag("CopyNr") is { Length: > 0 } text && int.TryParse(text, out var n) ? n : (int?)null;
            var matches = Pipeline.Transforms.Where(t => t.Name == name && (copy is null || t.CopyNr == copy)).ToList();
            if (matches.Count == 0)
            {
                throw Failure($"the transform '{name}' to wait for is not in the pipeline.");
            }

            waits.AddRange(matches.Select(t => t.Completion));
        }

        await Task.WhenAll(waits).WaitAsync(cancellationToken);
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            await PutRowAsync(InputRowMeta!, row, cancellationToken);
        }
    }
}
