using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Identify last row in a stream: appends a Boolean result field that is false on every row but the last
/// one. Each row is held back until the next one arrives, so the flag of the last row is known when it is
/// written. An empty input writes no row.
/// </summary>
[Transform("DetectLastRow")]
public sealed class DetectLastRowTransform : TransformBase
{
    private string resultField = string.Empty;
    private RowMeta? layoutFor;
    private RowMeta? layout;

    public override void Init()
    {
        resultField = Resolve(Meta.Element.Tag("resultfieldname"));
        if (resultField.Length == 0)
        {
            throw Failure("the result field name is missing. Set the name of the Boolean last-row field.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        object?[]? previous = null;
        RowMeta? previousMeta = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (previous is not null)
            {
                await WriteAsync(previousMeta!, previous, false, cancellationToken);
            }

            previous = row;
            previousMeta = InputRowMeta!;
        }

        if (previous is not null)
        {
            await WriteAsync(previousMeta!, previous, true, cancellationToken);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta is null ? null : LayoutFor(inputMeta);

    private ValueTask WriteAsync(RowMeta inputMeta, object?[] row, bool isLast, CancellationToken cancellationToken)
    {
        var output = LayoutFor(inputMeta);
        var result = RowMeta.Resize(row, output.Count);
        result[inputMeta.Count] = isLast;
        return PutRowAsync(output, result, cancellationToken);
    }

    private RowMeta LayoutFor(RowMeta inputMeta)
    {
        if (!ReferenceEquals(layoutFor, inputMeta))
        {
            layout = inputMeta.Add(new ValueMeta(resultField, HopValueType.Boolean));
            layoutFor = inputMeta;
        }

        return layout!;
    }
}
