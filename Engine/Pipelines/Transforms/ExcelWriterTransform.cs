using System.Globalization;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Microsoft Excel writer: writes the input rows into an xlsx or xls sheet through NPOI, as Hop does through
/// POI, and passes the rows on unchanged. The file can be new, reused or copied from a template, and the
/// sheet new, reused or cloned from a template sheet. Rows start at a given cell, below a header, after
/// the existing rows when appending, and a new file can be started every N rows or per file name field.
/// </summary>
[Transform("TypeExitExcelWriterTransform")]
public sealed partial class ExcelWriterTransform : TransformBase
{
    private readonly List<ExcelWriterWorkbook> usedFiles = [];
    private ExcelWriterSettings settings = null!;
    private ExcelWriterWorkbook? current;
    private RowMeta inputMeta = RowMeta.Empty;
    private int[] fieldIndexes = [];
    private int[] linkIndexes = [];
    private int[] commentIndexes = [];
    private int[] commentAuthorIndexes = [];
    private string sheetName = string.Empty;
    private string startingCell = string.Empty;
    private int startingRow;
    private int startingColumn;

    public override void Init()
    {
        settings = ExcelWriterSettings.Read(Meta.Element);
        if (settings.Extension.Equals("ods", StringComparison.OrdinalIgnoreCase))
        {
            // TODO: Hop also writes OpenDocument spreadsheets (extension ods), but this engine writes xlsx and xls only.
            throw Failure("writing OpenDocument (ods) files is not supported by this engine; use xlsx or xls.");
        }

        sheetName = Resolve(settings.SheetName);
        startingCell = Resolve(settings.StartingCell);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WriteRowsAsync(cancellationToken);
        }
        catch
        {
            // As in Hop, workbooks still open when the transform fails are not written.
            DiscardFiles();
            throw;
        }

        CloseFiles();
    }

    private async Task WriteRowsAsync(CancellationToken cancellationToken)
    {
        var row = await GetRowAsync(cancellationToken);
        inputMeta = InputRowMeta ?? RowMeta.Empty;
        if (!settings.DoNotOpenNewFileInit && (row is not null || !settings.FileNameInField))
        {
            PrepareNextOutputFile(row);
        }

        if (row is null)
        {
            return;
        }

        if (settings.DoNotOpenNewFileInit)
        {
            PrepareNextOutputFile(row);
        }

        ResolveFieldIndexes();
        while (row is not null)
        {
            inputMeta = InputRowMeta!;
            if (settings.FileNameInField)
            {
                var path = FileLocation(row);
                if (current!.Path != path)
                {
                    current = usedFiles.FirstOrDefault(f => f.Path == path);
                    if (current is null)
                    {
                        PrepareNextOutputFile(row);
                    }
                }
            }

            if (!settings.AppendLines && !settings.FileNameInField && settings.SplitEvery > 0
                && current!.DataLines > 0 && current.DataLines % settings.SplitEvery == 0)
            {
                PrepareNextOutputFile(row);
            }

            WriteNextLine(current!, row);
            IncrementLinesOutput();
            current!.DataLines++;
            await PutRowAsync(inputMeta, row, cancellationToken);
            row = await GetRowAsync(cancellationToken);
        }
    }

    private void ResolveFieldIndexes()
    {
        var count = settings.Fields.Count;
        fieldIndexes = new int[count];
        linkIndexes = new int[count];
        commentIndexes = new int[count];
        commentAuthorIndexes = new int[count];
        for (var i = 0; i < count; i++)
        {
            var field = settings.Fields[i];
            fieldIndexes[i] = RequireField(field.Name, "field");
            linkIndexes[i] = OptionalField(field.HyperlinkField, "hyperlink field");
            commentIndexes[i] = OptionalField(field.CommentField, "comment field");
            commentAuthorIndexes[i] = OptionalField(field.CommentAuthorField, "comment author field");
        }
    }

    private int RequireField(string name, string role)
    {
        var index = inputMeta.IndexOf(name);
        return index >= 0 ? index : throw Failure($"the {role} '{name}' is not in the input rows ({inputMeta}).");
    }

    private int OptionalField(string name, string role) => string.IsNullOrEmpty(name) ? -1 : RequireField(name, role);

    private string FileLocation(object?[]? row)
    {
        var extension = Resolve(settings.Extension);
        string name;
        if (settings.FileNameInField)
        {
            var index = RequireField(Resolve(settings.FileNameField), "file name field");
            name = Resolve(ValueConverter.ToText(inputMeta[index], row![index]));
        }
        else
        {
            name = BuildFileName(NextSplitNr());
        }

        if (!string.IsNullOrEmpty(extension))
        {
            name += "." + extension;
        }

        return Path.GetFullPath(HopPaths.ToLocalPath(name));
    }

    /// <summary>Adds the date, time, transform copy and split number to the file name, as Hop's buildFilename does.</summary>
    private string BuildFileName(int splitNr)
    {
        var name = Resolve(settings.FileName);
        var now = DateTime.Now;
        if (settings.SpecifyFormat && !string.IsNullOrEmpty(settings.DateTimeFormat))
        {
            name += JavaDateFormat.Format(now, settings.DateTimeFormat);
        }
        else
        {
            if (settings.DateInFileName)
            {
                name += "_" + JavaDateFormat.Format(now, "yyyMMdd");
            }

            if (settings.TimeInFileName)
            {
                name += "_" + JavaDateFormat.Format(now, "HHmmss");
            }
        }

        if (settings.TransformNrInFileName)
        {
            name += "_" + CopyNr.ToString(CultureInfo.InvariantCulture);
        }

        if (settings.SplitEvery > 0)
        {
            name += "_" + splitNr.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private int NextSplitNr()
    {
        var matches = usedFiles.Where(f => f.BaseFileName == settings.FileName).ToList();
        return matches.Count == 0 ? 0 : matches.Max(f => f.SplitNr) + 1;
    }
}
