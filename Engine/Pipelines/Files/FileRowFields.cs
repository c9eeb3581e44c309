using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>The file fields Get file names writes, in Hop's order, and how they are filled for a local path.</summary>
public static class FileRowFields
{
    private static readonly ValueMeta[] Fields =
    [
        new("filename", HopValueType.String),
        new("short_filename", HopValueType.String),
        new("path", HopValueType.String),
        new("type", HopValueType.String),
        new("exists", HopValueType.Boolean),
        new("ishidden", HopValueType.Boolean),
        new("isreadable", HopValueType.Boolean),
        new("iswriteable", HopValueType.Boolean),
        new("lastmodifiedtime", HopValueType.Date),
        new("size", HopValueType.Integer),
        new("extension", HopValueType.String),
        new("uri", HopValueType.String),
        new("rooturi", HopValueType.String),
    ];

    public static int Count => Fields.Length;

    public static RowMeta Meta(RowMeta? inputMeta, string? rowNumberField)
    {
        var metas = new List<ValueMeta>();
        if (inputMeta is not null)
        {
            metas.AddRange(inputMeta.Fields);
        }

        metas.AddRange(Fields);
        if (rowNumberField is not null)
        {
            metas.Add(new ValueMeta(rowNumberField, HopValueType.Integer));
        }

        return new RowMeta(metas);
    }

    /// <summary>Fills the file fields from <paramref name="index"/> on and returns the index after them.</summary>
    public static int Fill(object?[] row, int index, string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var isFolder = info is DirectoryInfo;
        var name = info.Name;
        row[index++] = path;
        row[index++] = name;
        row[index++] = Path.GetDirectoryName(path) ?? string.Empty;
        row[index++] = isFolder ? "folder" : "file";
        row[index++] = info.Exists;
        row[index++] = name.StartsWith('.') || info.Attributes.HasFlag(FileAttributes.Hidden);
        row[index++] = info.Exists;
        row[index++] = info.Exists && !info.Attributes.HasFlag(FileAttributes.ReadOnly);
        row[index++] = info.LastWriteTime;
        row[index++] = info is FileInfo file && file.Exists ? file.Length : 0L;
        var dot = name.LastIndexOf('.');
        row[index++] = isFolder || dot < 0 ? string.Empty : name[(dot + 1)..];
        row[index++] = new Uri(path).AbsoluteUri;
        row[index++] = "file:///";
        return index;
    }
}
