using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get files rows count: counts the row separators in all the listed files (or the files named in a field
/// of the input rows) and writes one row with the total, and optionally the number of files. With "smart
/// count" a last line without a separator is counted too.
/// </summary>
[Transform("GetFilesRowsCount")]
public sealed class GetFilesRowsCountTransform : TransformBase
{
    private string rowsField = "rowscount";
    private string? filesField;

    public override void Init()
    {
        rowsField = Meta.Element.Tag("rows_count_fieldname") is { Length: > 0 } rows ? rows : "rowscount";
        filesField = Meta.Element.Flag("files_count")
            ? Meta.Element.Tag("files_count_fieldname") is { Length: > 0 } files ? files : "filescount"
            : null;
        var fields = new List<ValueMeta> { new(rowsField, HopValueType.Integer) };
        if (filesField is not null)
        {
            fields.Add(new ValueMeta(filesField, HopValueType.Integer));
        }

        OutputRowMeta = new RowMeta(fields);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        if (Meta.Element.Flag("filefield"))
        {
            // NOTE: the output holds only the counts; the fields of the rows that named the files are not kept.
            var field = Resolve(Meta.Element.Tag("filename_Field"));
            while (await GetRowAsync(cancellationToken) is { } row)
            {
                var index = InputRowMeta!.RequireIndex(field, Name);
                if (ValueConverter.ToText(InputRowMeta[index], row[index]) is { Length: > 0 } name)
                {
                    paths.Add(Path.GetFullPath(Execution.HopPaths.ToLocalPath(Resolve(name))));
                }
            }
        }
        else
        {
            paths.AddRange(ExpandInputFiles(FileSpec.ReadAll(Meta.Element)));
        }

        var separator = Separator();
        var smart = Meta.Element.Flag("smartCount");
        long rows = 0;
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw Failure($"the file '{path}' does not exist.");
            }

            rows += await CountAsync(path, separator, smart, cancellationToken);
            if (Meta.Element.Flag("isaddresult"))
            {
                Pipeline.AddResultFile(path, Name);
            }
        }

        var output = filesField is null ? new object?[] { rows } : [rows, (long)paths.Count];
        IncrementLinesInput(rows);
        await PutRowAsync(OutputRowMeta!, output, cancellationToken);
    }

    private byte Separator() => Meta.Element.TagOrEmpty("rowseparator_format").ToUpperInvariant() switch
    {
        "CARRIAGERETURN" => (byte)'\r',
        "TAB" => (byte)'\t',
        "CUSTOM" => Resolve(Meta.Element.Tag("row_separator")) is { Length: > 0 } custom
            ? (byte)custom[0]
            : throw Failure("the custom row separator is empty."),
        _ => (byte)'\n',
    };

    private static async Task<long> CountAsync(string path, byte separator, bool smart, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long count = 0;
        var last = -1;
        await using var stream = File.OpenRead(path);
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            count += buffer.AsSpan(0, read).Count(separator);
            last = buffer[read - 1];
        }

        return smart && last >= 0 && last != separator ? count + 1 : count;
    }
}
