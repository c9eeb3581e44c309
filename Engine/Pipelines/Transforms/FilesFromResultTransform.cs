using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get files from result: writes one row per file of the previous result with Hop's fields: type,
/// file name, path (as a URI), parent origin, origin, comment and timestamp.
/// </summary>
[Transform("FilesFromResult")]
public sealed class FilesFromResultTransform : TransformBase
{
    private static readonly RowMeta Layout = new(
    [
        new ValueMeta("type", HopValueType.String),
        new ValueMeta("filename", HopValueType.String),
        new ValueMeta("path", HopValueType.String),
        new ValueMeta("parentorigin", HopValueType.String),
        new ValueMeta("origin", HopValueType.String),
        new ValueMeta("comment", HopValueType.String),
        new ValueMeta("timestamp", HopValueType.Date),
    ]);

    public override void Init() => OutputRowMeta = Layout;

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => Layout;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Pipeline.PreviousResult.ResultFiles.Values.ToList())
        {
            var row = new object?[]
            {
                file.TypeDescription,
                Path.GetFileName(file.Path),
                new Uri(file.Path).AbsoluteUri,
                file.ParentOrigin,
                file.Origin,
                string.IsNullOrEmpty(file.Comment) ? null : file.Comment,
                file.Timestamp,
            };
            IncrementLinesInput();
            await PutRowAsync(Layout, row, cancellationToken);
        }
    }
}
