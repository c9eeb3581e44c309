using NPOI.SS.UserModel;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>A workbook the Excel writer has open: its file, the sheet written to, the write position and cached cell styles.</summary>
public sealed class ExcelWriterWorkbook(string baseFileName, string path, IWorkbook workbook, ISheet sheet, int posX, int posY)
{
    private ICellStyle?[] styles = [];
    private ICellStyle?[] linkStyles = [];

    /// <summary>The configured file name before date, split number and extension were added.</summary>
    public string BaseFileName { get; } = baseFileName;

    public string Path { get; } = path;

    public IWorkbook Workbook { get; } = workbook;

    public ISheet Sheet { get; set; } = sheet;

    public int PosX { get; set; } = posX;

    public int PosY { get; set; } = posY;

    public int SplitNr { get; init; }

    /// <summary>The number of data rows written, which drives splitting into a new file every N rows.</summary>
    public long DataLines { get; set; }

    public void ClearStyleCache(int fieldCount)
    {
        styles = new ICellStyle?[fieldCount];
        linkStyles = new ICellStyle?[fieldCount];
    }

    public ICellStyle? CachedStyle(int field) => field >= 0 && field < styles.Length ? styles[field] : null;

    public void CacheStyle(int field, ICellStyle style)
    {
        if (field >= 0 && field < styles.Length)
        {
            styles[field] = style;
        }
    }

    public ICellStyle? CachedLinkStyle(int field) => field >= 0 && field < linkStyles.Length ? linkStyles[field] : null;

    public void CacheLinkStyle(int field, ICellStyle style)
    {
        if (field >= 0 && field < linkStyles.Length)
        {
            linkStyles[field] = style;
        }
    }
}
