using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Set files in result: passes every row on and, once the input is done, adds the file named in a field
/// of each row to the pipeline's result files with the configured file type.
/// </summary>
[Transform("FilesToResult")]
public sealed class FilesToResultTransform : TransformBase
{
    private static readonly string[] TypeCodes = ["GENERAL", "LOG", "ERRORLINE", "ERROR", "WARNING"];

    private readonly List<string> paths = [];
    private string fileNameField = string.Empty;
    private string typeCode = "GENERAL";

    public override void Init()
    {
        fileNameField = Resolve(Meta.Element.Tag("filename_field"));
        var type = Meta.Element.Tag("file_type");
        typeCode = string.IsNullOrEmpty(type) ? "GENERAL" : type.ToUpperInvariant();
        if (!TypeCodes.Contains(typeCode))
        {
            throw Failure($"the file type '{type}' is invalid; expected one of {string.Join(", ", TypeCodes)}.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        var index = meta.IndexOf(fileNameField);
        if (index < 0)
        {
            throw Failure($"the file name field '{fileNameField}' is not in the input rows ({meta}).");
        }

        var name = ValueConverter.ToText(meta[index], row[index]);
        if (string.IsNullOrEmpty(name))
        {
            throw Failure($"the file name in field '{fileNameField}' is empty (row {LinesRead}).");
        }

        paths.Add(Path.GetFullPath(HopPaths.ToLocalPath(name)));
        await PutRowAsync(meta, row, cancellationToken);
    }

    protected override Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            Pipeline.AddResultFile(path, Name, typeCode);
        }

        Log.Basic(LogSubject, $"Added {paths.Count} file(s) to the result.");
        return Task.CompletedTask;
    }
}
