using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get file names: lists files and/or folders named in the settings (a file, or a folder with optional
/// include and exclude regular expressions) or in fields of the incoming rows, and writes one row per
/// entry with Hop's file fields (name, short name, path, type, flags, time, size, extension, URIs).
/// </summary>
[Transform("GetFileNames")]
public sealed class GetFileNamesTransform : TransformBase
{
    private FileInputList.Filter filter;
    private bool fromField;
    private string? rowNumberField;
    private long limit;
    private long rowNumber;

    public override void Init()
    {
        filter = Meta.Element.Element("filter")?.Tag("filterfiletype") switch
        {
            "only_files" => FileInputList.Filter.FilesOnly,
            "only_folders" => FileInputList.Filter.FoldersOnly,
            _ => FileInputList.Filter.FilesAndFolders,
        };
        fromField = Meta.Element.Flag("filefield");
        rowNumberField = Meta.Element.Flag("rownum") && Meta.Element.Tag("rownum_field") is { Length: > 0 } r ? r : null;
        limit = Meta.Element.Long("limit");
        if (!fromField)
        {
            OutputRowMeta = FileRowFields.Meta(null, rowNumberField);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        fromField && inputMeta is null ? null : FileRowFields.Meta(fromField ? inputMeta : null, rowNumberField);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!fromField)
        {
            var expansion = FileInputList.Expand(FileSpec.ReadAll(Meta.Element), Variables, filter);
            CheckMissing(expansion);
            if (expansion.Paths.Count == 0 && Meta.Element.Flag("raiseAnExceptionIfNoFile"))
            {
                await NoFilesAsync(RowMeta.Empty, [], cancellationToken);
                return;
            }

            await EmitAsync(expansion.Paths, OutputRowMeta!, null, cancellationToken);
        }
        else
        {
            await ReadFromFieldsAsync(cancellationToken);
        }
    }

    /// <summary>Handles "raise an exception if no file": the input row goes to the error hop when there is one.</summary>
    private async Task NoFilesAsync(RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        const string message = "no file or folder was found.";
        if (!HasErrorHandling)
        {
            throw Failure(message);
        }

        await PutErrorAsync(meta, row, 1, message, string.Empty, "GetFileNames001", cancellationToken);
    }

    private async Task ReadFromFieldsAsync(CancellationToken cancellationToken)
    {
        var nameField = Resolve(Meta.Element.Tag("filename_Field"));
        var wildcardField = Resolve(Meta.Element.Tag("wildcard_Field"));
        var excludeField = Resolve(Meta.Element.Tag("exclude_wildcard_Field"));
        var subfolders = Meta.Element.Flag("dynamic_include_subfolders");
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var nameIndex = inputMeta.RequireIndex(nameField, Name);
            var name = ValueConverter.ToText(inputMeta[nameIndex], row[nameIndex]) ?? string.Empty;
            var spec = new FileSpec(name, TextOf(inputMeta, row, wildcardField), TextOf(inputMeta, row, excludeField), false, subfolders);
            var expansion = FileInputList.Expand([spec], Variables, filter);
            CheckMissing(expansion);
            if (expansion.Paths.Count == 0 && Meta.Element.Flag("raiseAnExceptionIfNoFile"))
            {
                await NoFilesAsync(inputMeta, row, cancellationToken);
                continue;
            }

            if (!await EmitAsync(expansion.Paths, FileRowFields.Meta(inputMeta, rowNumberField), row, cancellationToken))
            {
                return;
            }
        }
    }

    private void CheckMissing(FileInputList.Expansion expansion)
    {
        if (expansion.MissingRequired.Count > 0 && !Meta.Element.Flag("doNotFailIfNoFile"))
        {
            throw Failure($"required file(s) not found: {string.Join(", ", expansion.MissingRequired)}.");
        }
    }

    /// <summary>Writes a row per path; returns false when the row limit is reached.</summary>
    private async Task<bool> EmitAsync(List<string> paths, RowMeta meta, object?[]? inputRow, CancellationToken cancellationToken)
    {
        var addToResult = Meta.Element.Flag("isaddresult", true);
        foreach (var path in paths)
        {
            if (limit > 0 && rowNumber >= limit)
            {
                return false;
            }

            rowNumber++;
            var row = new object?[meta.Count];
            var index = 0;
            if (inputRow is not null)
            {
                Array.Copy(inputRow, row, Math.Min(inputRow.Length, meta.Count));
                index = meta.Count - FileRowFields.Count - (rowNumberField is null ? 0 : 1);
            }

            index = FileRowFields.Fill(row, index, path);
            if (rowNumberField is not null)
            {
                row[index] = rowNumber;
            }

            if (addToResult && File.Exists(path))
            {
                Pipeline.AddResultFile(path, Name);
            }

            IncrementLinesInput();
            await PutRowAsync(meta, row, cancellationToken);
        }

        return true;
    }

    private static string TextOf(RowMeta meta, object?[] row, string field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var index = meta.IndexOf(field);
        return index < 0 ? string.Empty : ValueConverter.ToText(meta[index], row[index]) ?? string.Empty;
    }
}
