using System.IO.Compression;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Values.Serialization;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Serialize to file: writes the input layout followed by every input row, in Hop's binary row
/// serialization, to one gzip-compressed file, and passes the rows on. The file is created when the pipeline
/// starts (so an empty stream still gives a file holding only the layout), or at the first row when
/// "do not open new file at init" is set.
/// </summary>
[Transform("CubeOutput")]
public sealed class CubeOutputTransform : TransformBase
{
    private string path = string.Empty;
    private bool openAtFirstRow;
    private bool createParentFolders;
    private bool addToResult;

    public override void Init()
    {
        var settings = Meta.Element.Element("file") ?? Meta.Element;
        var name = Resolve(settings.Tag("name"));
        if (name.Length == 0)
        {
            throw Failure("the file name (file/name) is missing; set the file to use.");
        }

        path = Path.GetFullPath(HopPaths.ToLocalPath(name));
        openAtFirstRow = settings.Flag("do_not_open_newfile_init");
        createParentFolders = settings.Flag("filename_create_parent_folders");
        addToResult = settings.Flag("add_to_result_filenames");
        if (!openAtFirstRow)
        {
            PrepareFile();
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var row = await GetRowAsync(cancellationToken);
        if (row is null && openAtFirstRow)
        {
            return;
        }

        if (openAtFirstRow)
        {
            PrepareFile();
        }

        await using var file = OpenFile();
        await using var zip = new GZipStream(file, CompressionLevel.Optimal);
        await using var buffered = new BufferedStream(zip, 65536);
        var writer = new HopRowWriter(buffered);
        var meta = InputRowMeta ?? RowMeta.Empty;
        Write(() => writer.WriteMeta(meta));
        while (row is not null)
        {
            meta = InputRowMeta!;
            var current = row;
            Write(() => writer.WriteData(meta, current));
            IncrementLinesOutput();
            await PutRowAsync(meta, row, cancellationToken);
            row = await GetRowAsync(cancellationToken);
        }
    }

    private void Write(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or HopException)
        {
            throw Failure($"writing to the file '{path}' failed: {exception.Message}", exception);
        }
    }

    private FileStream OpenFile()
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"the file '{path}' can't be opened for writing: {exception.Message}", exception);
        }
    }

    /// <summary>Creates the parent folder when asked, registers the result file and creates the empty file.</summary>
    private void PrepareFile()
    {
        var folder = Path.GetDirectoryName(path);
        if (createParentFolders && folder is not null && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (addToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        OpenFile().Dispose();
    }
}
