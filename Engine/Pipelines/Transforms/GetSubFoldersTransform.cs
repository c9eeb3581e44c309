using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Get subfolder names: writes a row for every folder below the given folders, at any depth, sorted by
/// path, with its name, parent path, attributes, URI and number of direct children. The folders come from
/// the transform's list, or from a field of each input row, whose fields then lead each output row.
/// </summary>
[Transform("GetSubFolders")]
public sealed class GetSubFoldersTransform : TransformBase
{
    private static readonly ValueMeta[] FolderFields =
    [
        new("folderName", HopValueType.String) { Length = 500 },
        new("short_folderName", HopValueType.String) { Length = 500 },
        new("path", HopValueType.String) { Length = 500 },
        new("ishidden", HopValueType.Boolean),
        new("isreadable", HopValueType.Boolean),
        new("iswriteable", HopValueType.Boolean),
        new("lastmodifiedtime", HopValueType.Date),
        new("uri", HopValueType.String),
        new("rooturi", HopValueType.String),
    ];

    private List<(string Name, bool Required)> folders = [];
    private bool fromField;
    private string folderField = string.Empty;
    private string childrenField = "children";
    private string? rowNumberField;
    private long limit;
    private long rowNumber;

    public override void Init()
    {
        var settings = Meta.Element;
        folders = settings.Elements("file").Select(f => (f.TagOrEmpty("name"), f.Flag("file_required"))).ToList();
        fromField = settings.Flag("foldername_dynamic");
        folderField = Resolve(settings.TagOrEmpty("foldername_field"));
        // Hop's default name is "children"; a file that stores an empty name gets Hop's older "childrens".
        childrenField = settings.Element("children_field") is null ? "children" : Resolve(settings.TagOrEmpty("children_field"));
        if (childrenField.Length == 0)
        {
            childrenField = "childrens";
        }

        rowNumberField = settings.Flag("rownum") && settings.Tag("rownum_field") is { Length: > 0 } field ? Resolve(field) : null;
        limit = settings.Long("limit");
        if (fromField && folderField.Length == 0)
        {
            throw Failure("the folder name is read from a field, but no field is named; set the folder name field.");
        }

        if (!fromField)
        {
            OutputRowMeta = Layout(RowMeta.Empty);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (!fromField)
        {
            return Layout(RowMeta.Empty);
        }

        return inputMeta is null ? null : Layout(inputMeta);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!fromField)
        {
            var found = new List<string>();
            var missing = new List<string>();
            foreach (var (name, required) in folders)
            {
                Collect(Resolve(name), required, found, missing);
            }

            if (missing.Count > 0)
            {
                throw Failure($"required folder(s) not found or not accessible: {string.Join(", ", missing)}.");
            }

            await EmitAsync(RowMeta.Empty, [], found, cancellationToken);
            return;
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var input = InputRowMeta!;
            var index = input.RequireIndex(folderField, Name);
            var found = new List<string>();
            Collect(ValueConverter.ToText(input[index], row[index]) ?? string.Empty, false, found, []);
            if (!await EmitAsync(input, row, found, cancellationToken))
            {
                return;
            }
        }
    }

    private RowMeta Layout(RowMeta input)
    {
        var fields = input.Fields.Concat(FolderFields).Append(new ValueMeta(childrenField, HopValueType.Integer) { Length = 15, Precision = 0 });
        if (rowNumberField is not null)
        {
            fields = fields.Append(new ValueMeta(rowNumberField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        return new RowMeta(fields);
    }

    /// <summary>Adds every folder below <paramref name="folder"/>, sorted by path as Hop sorts its file lists.</summary>
    private static void Collect(string folder, bool required, List<string> found, List<string> missing)
    {
        if (folder.Length == 0)
        {
            return;
        }

        var path = Path.GetFullPath(HopPaths.ToLocalPath(folder));
        if (!Directory.Exists(path))
        {
            if (required)
            {
                missing.Add(path);
            }

            return;
        }

        var below = Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories).ToList();
        below.Sort(StringComparer.OrdinalIgnoreCase);
        found.AddRange(below);
    }

    /// <summary>Writes a row per folder; returns false once the row limit is reached.</summary>
    private async Task<bool> EmitAsync(RowMeta input, object?[] inputRow, List<string> found, CancellationToken cancellationToken)
    {
        var meta = Layout(input);
        foreach (var folder in found)
        {
            if (limit > 0 && rowNumber >= limit)
            {
                return false;
            }

            rowNumber++;
            var row = new object?[meta.Count];
            Array.Copy(inputRow, row, input.Count);
            Fill(row, input.Count, folder);
            if (rowNumberField is not null)
            {
                row[^1] = rowNumber;
            }

            IncrementLinesInput();
            await PutRowAsync(meta, row, cancellationToken);
        }

        return true;
    }

    private static void Fill(object?[] row, int index, string folder)
    {
        var info = new DirectoryInfo(folder);
        row[index++] = info.FullName;
        row[index++] = info.Name;
        row[index++] = info.Parent?.FullName ?? string.Empty;
        row[index++] = info.Name.StartsWith('.') || info.Attributes.HasFlag(FileAttributes.Hidden);
        row[index++] = true;
        row[index++] = !info.Attributes.HasFlag(FileAttributes.ReadOnly);
        row[index++] = info.LastWriteTime;
        row[index++] = new Uri(info.FullName).AbsoluteUri;
        row[index++] = "file:///";
        row[index] = (long)info.EnumerateFileSystemInfos().Count();
    }
}
