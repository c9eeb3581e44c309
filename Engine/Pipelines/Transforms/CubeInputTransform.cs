using System.IO.Compression;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Values.Serialization;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// De-serialize from file: reads a gzip-compressed file written by Serialize to file (Hop's binary row
/// serialization: the row layout, then the rows) and writes its rows with the layout stored in the file,
/// up to an optional row limit.
/// </summary>
[Transform("CubeInput")]
public sealed class CubeInputTransform : TransformBase
{
    private string path = string.Empty;
    private long limit;

    public override void Init()
    {
        var name = Resolve(Meta.Element.Element("file")?.Tag("name"));
        if (name.Length == 0)
        {
            throw Failure("the file name (file/name) is missing; set the file to use.");
        }

        path = Path.GetFullPath(HopPaths.ToLocalPath(name));
        var limitText = Resolve(Meta.Element.Tag("limit")).Trim();
        if (limitText.Length > 0 && !long.TryParse(limitText, out limit))
        {
            throw Failure($"the row limit '{limitText}' is invalid; expected a whole number.");
        }

        if (Meta.Element.Flag("addfilenameresult"))
        {
            Pipeline.AddResultFile(path, Name);
        }

        OutputRowMeta = Read(reader => reader.ReadMeta());
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => OutputRowMeta;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var file = OpenFile();
        await using var zip = new GZipStream(file, CompressionMode.Decompress);
        await using var buffered = new BufferedStream(zip, 65536);
        var reader = new HopRowReader(buffered);
        var meta = Read(() => reader.ReadMeta());
        long count = 0;
        while (Read(() => reader.ReadData(meta)) is { } row)
        {
            IncrementLinesInput();
            await PutRowAsync(meta, row, cancellationToken);
            count++;
            if (limit > 0 && count >= limit)
            {
                return;
            }
        }
    }

    private T Read<T>(Func<HopRowReader, T> read)
    {
        using var file = OpenFile();
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        return Read(() => read(new HopRowReader(zip)));
    }

    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or HopException or FormatException or OverflowException)
        {
            throw Failure($"reading the serialized rows of file '{path}' failed: {exception.Message}", exception);
        }
    }

    private FileStream OpenFile()
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"the file '{path}' can't be opened: {exception.Message}", exception);
        }
    }
}
