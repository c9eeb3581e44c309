using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get system info: adds system values (dates relative to now, pipeline and host facts, memory figures)
/// to each input row, or writes one row of them when the transform has no input.
/// </summary>
[Transform("SystemInfo")]
public sealed class SystemInfoTransform : TransformBase
{
    private readonly List<(string Name, string Type)> fields = [];
    private RowMeta? cachedInput;
    private RowMeta? cachedOutput;
    private DateTime fixedNow;

    public override void Init()
    {
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            var type = field.TagOrEmpty("type");
            if (!SystemInfoValues.IsKnown(type))
            {
                throw Failure($"the system info type '{type}' of field '{field.TagOrEmpty("name")}' is not supported.");
            }

            fields.Add((field.TagOrEmpty("name"), type));
        }

        fixedNow = Pipeline.Context.TimeProvider.GetLocalNow().DateTime;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => OutputFor(inputMeta ?? RowMeta.Empty);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!HasMainInput)
        {
            OutputRowMeta = OutputFor(RowMeta.Empty);
            await PutRowAsync(OutputRowMeta!, Values(new object?[OutputRowMeta!.Count], 0), cancellationToken);
            return;
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var meta = OutputFor(InputRowMeta!);
            await PutRowAsync(meta, Values(RowMeta.Resize(row, meta.Count), InputRowMeta!.Count), cancellationToken);
        }
    }

    private object?[] Values(object?[] row, int start)
    {
        var context = new SystemInfoValues.Context(
            Pipeline.Context.TimeProvider.GetLocalNow().DateTime, fixedNow, Pipeline, CopyNr);
        for (var i = 0; i < fields.Count; i++)
        {
            row[start + i] = SystemInfoValues.Get(fields[i].Type, context);
        }

        return row;
    }

    private RowMeta OutputFor(RowMeta inputMeta)
    {
        if (ReferenceEquals(inputMeta, cachedInput))
        {
            return cachedOutput!;
        }

        cachedInput = inputMeta;
        cachedOutput = inputMeta.Add(fields.Select(f => new ValueMeta(f.Name, SystemInfoValues.TypeOf(f.Type))).ToArray());
        return cachedOutput;
    }
}
