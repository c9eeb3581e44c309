using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Process files: copies, moves or deletes the file named in a field of each row, the target named in
/// another field, and passes the row on unchanged. A target that exists is replaced only when overwriting
/// is on. In simulation mode the checks run but no file is copied, moved or deleted.
/// </summary>
[Transform("ProcessFiles")]
public sealed partial class ProcessFilesTransform : TransformBase
{
    private static readonly string[] OperationCodes = ["copy", "move", "delete"];

    private FileOperation operation;
    private string sourceField = string.Empty;
    private string targetField = string.Empty;
    private bool overwrite;
    private bool createParentFolder;
    private bool addResultFiles;
    private bool simulate;
    private RowMeta? indexesFor;
    private int sourceIndex = -1;
    private int targetIndex = -1;

    private enum FileOperation
    {
        Copy = 0,
        Move = 1,
        Delete = 2,
    }

    public override void Init()
    {
        var element = Meta.Element;
        var code = element.Tag("operation_type");

        // Hop falls back to copy for a missing or unknown operation code.
        var found = Array.FindIndex(OperationCodes, c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
        operation = found < 0 ? FileOperation.Copy : (FileOperation)found;
        sourceField = element.TagOrEmpty("sourcefilenamefield");
        targetField = element.TagOrEmpty("targetfilenamefield");
        overwrite = element.Flag("overwritetargetfile");
        createParentFolder = element.Flag("createparentfolder");
        addResultFiles = element.Flag("addresultfilenames");
        simulate = element.Flag("simulate");
        if (sourceField.Length == 0)
        {
            throw Failure("the source filename field is missing. Set the field that contains the file to process.");
        }

        if (operation != FileOperation.Delete && targetField.Length == 0)
        {
            throw Failure($"the target filename field is missing. The {OperationCodes[(int)operation]} operation " +
                "needs the field that contains the target file.");
        }

        if (simulate)
        {
            Log.Basic(LogSubject, "Simulation mode is on: no file is copied, moved or deleted.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        if (!ReferenceEquals(indexesFor, meta))
        {
            FindFields(meta);
        }

        try
        {
            Process(meta, row);
        }
        catch (Exception exception) when (exception is HopException or IOException or UnauthorizedAccessException)
        {
            if (!HasErrorHandling)
            {
                throw exception is HopException ? exception : Failure(exception.Message, exception);
            }

            await PutErrorAsync(meta, row, 1, exception.Message, string.Empty, "ProcessFiles001", cancellationToken);
            return;
        }

        await PutRowAsync(meta, row, cancellationToken);
    }

    private void FindFields(RowMeta meta)
    {
        sourceIndex = meta.IndexOf(sourceField);
        if (sourceIndex < 0)
        {
            throw Failure($"the source filename field '{sourceField}' is not in the input row ({meta}).");
        }

        if (operation != FileOperation.Delete)
        {
            targetIndex = meta.IndexOf(targetField);
            if (targetIndex < 0)
            {
                throw Failure($"the target filename field '{targetField}' is not in the input row ({meta}).");
            }
        }

        indexesFor = meta;
    }

    private void Process(RowMeta meta, object?[] row)
    {
        var sourceName = ValueConverter.ToText(meta[sourceIndex], row[sourceIndex]);
        if (string.IsNullOrEmpty(sourceName))
        {
            throw Failure($"the source filename in field '{sourceField}' is empty (row {LinesRead}).");
        }

        var source = LocalPath(sourceName);
        if (Directory.Exists(source))
        {
            throw Failure($"the source file [{sourceName}] is a folder, not a file.");
        }

        if (!File.Exists(source))
        {
            throw Failure($"the source file [{sourceName}] does not exist.");
        }

        if (operation == FileOperation.Delete)
        {
            Delete(source);
            return;
        }

        var targetName = ValueConverter.ToText(meta[targetIndex], row[targetIndex]);
        if (string.IsNullOrEmpty(targetName))
        {
            throw Failure($"the target filename in field '{targetField}' is empty (row {LinesRead}).");
        }

        var target = LocalPath(targetName);
        PrepareTarget(target, targetName);
        if (operation == FileOperation.Copy)
        {
            Copy(source, target);
        }
        else
        {
            Move(source, target);
        }

        if (addResultFiles && File.Exists(target))
        {
            Pipeline.AddResultFile(target, Name);
            Log.Detailed(LogSubject, $"Added to the pipeline's result files: {target}");
        }
    }
}
