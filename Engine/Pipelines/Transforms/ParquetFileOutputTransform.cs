using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Parquet;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;
using global::Parquet;
using global::Parquet.Schema;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Parquet file output: writes the mapped fields of every row to a Parquet file (optionally split every N rows)
/// with Hop's type mapping, compression codec, row group size and file name parts, and passes the row on.
/// </summary>
[Transform("ParquetFileOutput")]
public sealed class ParquetFileOutputTransform : TransformBase
{
    private readonly List<(string Source, string Target)> mappings = [];
    private readonly List<int> sourceIndexes = [];
    private List<ParquetColumnBuffer> columns = [];
    private ParquetCodec codec = ParquetCodec.Parse(null);
    private long rowGroupBytes;
    private long splitRows;
    private bool includeSplit;
    private int split;
    private long rowsInFile;
    private long rowsInGroup;
    private string? fileName;
    private FileStream? stream;
    private ParquetWriter? writer;

    public override void Init()
    {
        var element = Meta.Element;
        foreach (var field in element.Element("fields")?.Elements("field") ?? [])
        {
            var source = field.TagOrEmpty("source_field");
            var target = field.Tag("target_field");
            mappings.Add((source, string.IsNullOrEmpty(target) ? source : target));
        }

        var codecName = Resolve(element.Tag("compression_codec"));
        codec = ParquetCodec.Parse(codecName);

        // Hop's default row group size is 256 MiB; the value is in bytes.
        rowGroupBytes = ParseSize(element.Tag("row_group_size"), 268_435_456);
        splitRows = ParseSize(element.Tag("filename_split_size"), -1);
        includeSplit = element.Flag("filename_include_split");

        // TODO: data_page_size, dictionary_page_size and version (1.0/2.0) are not applied, because
        // Parquet.Net 6.1 has no setting for them.
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        if (writer is null)
        {
            ResolveFields(meta);
            await OpenFileAsync(meta, cancellationToken);
        }
        else if (includeSplit && splitRows > 0 && rowsInFile >= splitRows)
        {
            await CloseFileAsync(cancellationToken);
            await OpenFileAsync(meta, cancellationToken);
        }

        for (var i = 0; i < columns.Count; i++)
        {
            try
            {
                columns[i].Add(row[sourceIndexes[i]]);
            }
            catch (Exception exception) when (exception is HopException or InvalidCastException)
            {
                throw Failure($"converting field '{columns[i].Source.Name}' for '{fileName}' failed: {exception.Message}", exception);
            }
        }

        rowsInFile++;
        rowsInGroup++;
        if (columns.Sum(column => column.EstimatedBytes) >= rowGroupBytes)
        {
            await FlushRowGroupAsync(cancellationToken);
        }

        IncrementLinesOutput();
        await PutRowAsync(meta, row, cancellationToken);
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (writer is null)
        {
            Log.Basic(Name, "No rows found for processing, stopping transform");
            return;
        }

        await CloseFileAsync(cancellationToken);
    }

    /// <summary>Maps every input field when no fields are listed, as Hop does.</summary>
    private void ResolveFields(RowMeta meta)
    {
        var pairs = mappings.Count > 0 ? mappings : meta.Fields.Select(value => (value.Name, value.Name)).ToList();
        foreach (var (source, _) in pairs)
        {
            var index = meta.IndexOf(source);
            if (index < 0)
            {
                throw Failure($"the source field '{source}' was not found in the input rows ({meta}).");
            }

            sourceIndexes.Add(index);
        }

        columns = pairs.Select((pair, i) => CreateColumn(pair.Item2, meta[sourceIndexes[i]])).ToList();
    }

    private ParquetColumnBuffer CreateColumn(string target, ValueMeta source)
    {
        try
        {
            return new ParquetColumnBuffer(target, source);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }
    }

    private async Task OpenFileAsync(RowMeta meta, CancellationToken cancellationToken)
    {
        split++;
        rowsInFile = 0;
        rowsInGroup = 0;
        fileName = Path.GetFullPath(HopPaths.ToLocalPath(BuildFileName()));
        try
        {
            var folder = Path.GetDirectoryName(fileName);
            if (folder is not null && !Directory.Exists(folder) && Meta.Element.Flag("filename_create_parent_folders"))
            {
                Directory.CreateDirectory(folder);
            }

            stream = new FileStream(fileName, FileMode.Create, FileAccess.ReadWrite);
            var schema = new ParquetSchema(columns.Select(column => (Field)column.Field));
            var options = new ParquetOptions { CompressionMethod = codec.Method };
            writer = await ParquetWriter.CreateAsync(schema, stream, options, false, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Failure($"creating the output file '{fileName}' failed: {exception.Message}", exception);
        }

        Log.Write(HopLogLevel.Detailed, Name, $"Writing Parquet file '{fileName}' with fields {meta}");
    }

    private async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        if (rowsInGroup == 0)
        {
            return;
        }

        using var group = writer!.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.FlushAsync(group, cancellationToken);
        }

        rowsInGroup = 0;
    }

    private async Task CloseFileAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushRowGroupAsync(cancellationToken);
            await writer!.DisposeAsync();
            await stream!.DisposeAsync();
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            throw Failure($"closing the Parquet file '{fileName}' failed: {exception.Message}", exception);
        }

        writer = null;
        stream = null;
    }

    /// <summary>Builds base[-date][-time][-datetime][-copy][-split] with the extension and codec suffix, as Hop does.</summary>
    private string BuildFileName()
    {
        var element = Meta.Element;
        var date = (Pipeline.StartDate ?? DateTimeOffset.Now).LocalDateTime;
        var name = Resolve(element.Tag("filename_base"));
        if (element.Flag("filename_include_date"))
        {
            name += "-" + JavaDateFormat.Format(date, "yyyyMMdd");
        }

        if (element.Flag("filename_include_time"))
        {
            name += "-" + JavaDateFormat.Format(date, "HHmmss");
        }

        if (element.Flag("filename_include_datetime"))
        {
            var mask = Resolve(element.Tag("filename_datetime_format"));
            name += "-" + JavaDateFormat.Format(date, mask.Length == 0 ? "yyyyMMdd-HHmmss" : mask);
        }

        if (element.Flag("filename_include_copy"))
        {
            name += "-" + CopyNr.ToString("00", CultureInfo.InvariantCulture);
        }

        if (includeSplit)
        {
            name += "-" + split.ToString("0000", CultureInfo.InvariantCulture);
        }

        var extension = Resolve(element.Tag("filename_ext"));
        extension = extension.Length == 0 ? "parquet" : extension;

        // Files saved before the option existed keep the codec suffix after the extension (file.parquet.snappy).
        return element.Flag("filename_compression_before_extension")
            ? $"{name}{codec.Extension}.{extension}"
            : $"{name}.{extension}{codec.Extension}";
    }

    private long ParseSize(string? text, long defaultValue) =>
        long.TryParse(Resolve(text).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;
}
