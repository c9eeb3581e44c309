using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Binary file output: writes the bytes of one field of each row to the file named in another field
/// (text values are written as UTF-8), optionally creating the parent folder, and passes the row on.
/// </summary>
[Transform("BinaryFileOutput")]
public sealed class BinaryFileOutputTransform : TransformBase
{
    private string binaryField = string.Empty;
    private string fileNameField = string.Empty;
    private bool createParentFolder;
    private bool overwrite;
    private bool addToResult;

    public override void Init()
    {
        binaryField = Resolve(Meta.Element.Tag("binaryfield"));
        fileNameField = Resolve(Meta.Element.Tag("filenamefield"));
        createParentFolder = Meta.Element.Flag("createparentfolder");
        overwrite = Meta.Element.Flag("overwritefile");
        addToResult = Meta.Element.Flag("addresultfilenames");
        if (binaryField.Length == 0)
        {
            throw Failure("the binary field (binaryfield) is not set.");
        }

        if (fileNameField.Length == 0)
        {
            throw Failure("the file name field (filenamefield) is not set.");
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        var binaryIndex = meta.IndexOf(binaryField);
        var nameIndex = meta.IndexOf(fileNameField);
        if (binaryIndex < 0 || nameIndex < 0)
        {
            throw Failure($"the field '{(binaryIndex < 0 ? binaryField : fileNameField)}' is not in the input rows ({meta}).");
        }

        try
        {
            await WriteAsync(meta, row, binaryIndex, nameIndex, cancellationToken);
        }
        catch (HopException exception) when (HasErrorHandling)
        {
            await PutErrorAsync(meta, row, 1, exception.Message, string.Empty, "BINARYFILEOUTPUT001", cancellationToken);
            return;
        }

        IncrementLinesOutput();
        await PutRowAsync(meta, row, cancellationToken);
    }

    private async Task WriteAsync(RowMeta meta, object?[] row, int binaryIndex, int nameIndex, CancellationToken cancellationToken)
    {
        var name = ValueConverter.ToText(meta[nameIndex], row[nameIndex]);
        if (string.IsNullOrEmpty(name))
        {
            throw Failure($"the file name in field '{fileNameField}' is empty.");
        }

        if (row[binaryIndex] is null)
        {
            throw Failure($"the value of field '{binaryField}' is null, so there is nothing to write to '{name}'.");
        }

        var content = (byte[])ValueConverter.Convert(row[binaryIndex], meta[binaryIndex], new ValueMeta(binaryField, HopValueType.Binary))!;
        var path = Path.GetFullPath(HopPaths.ToLocalPath(name));
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            if (!createParentFolder)
            {
                throw Failure($"the parent folder '{folder}' of '{path}' does not exist.");
            }

            Directory.CreateDirectory(folder);
        }

        if (File.Exists(path) && !overwrite)
        {
            throw Failure($"the file '{path}' already exists and overwriting is off.");
        }

        try
        {
            await File.WriteAllBytesAsync(path, content, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"writing the file '{path}' failed: {exception.Message}", exception);
        }

        if (addToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }
    }
}
