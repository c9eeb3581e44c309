using System.Globalization;
using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Microsoft Excel input: reads xls and xlsx workbooks through NPOI (Hop reads them through POI) and
/// OpenDocument spreadsheets. Each sheet is read from its start row and column, optionally after a header
/// row and without empty rows. Each cell is converted from its own kind (number, date, text, boolean) to the
/// field's type with the field's format. File name, sheet name, sheet row number, row number and file
/// fields can be added.
/// </summary>
[Transform("ExcelInput")]
public sealed partial class ExcelInputTransform : TransformBase
{
    private ExcelInputSettings settings = null!;
    private RowMeta outputMeta = RowMeta.Empty;
    private long limit;
    private long rowsRead;

    public override void Init()
    {
        settings = ExcelInputSettings.Read(Meta.Element);
        if (settings.Fields.Count == 0)
        {
            // TODO: Hop can take the fields from a schema definition (ignore_fields), but this engine has no schema definitions.
            throw Failure("no input fields are defined.");
        }

        outputMeta = settings.BuildOutputMeta();
        OutputRowMeta = outputMeta;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => outputMeta;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var limitText = Resolve(settings.Limit);
        if (!long.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit))
        {
            throw Failure($"the row limit '{limitText}' is not an integer.");
        }

        var paths = settings.AcceptFileNames ? await ReadFileNamesAsync(cancellationToken) : ExpandFiles();
        foreach (var path in paths)
        {
            if (!await ReadWorkbookAsync(path, cancellationToken))
            {
                return;
            }
        }
    }

    private List<string> ExpandFiles()
    {
        var expansion = FileInputList.Expand(settings.Files, Variables);
        if (expansion.Paths.Count == 0 && expansion.MissingRequired.Count > 0)
        {
            throw Failure($"no file was found because the required files are missing: {string.Join(", ", expansion.MissingRequired)}.");
        }

        if (expansion.MissingRequired.Count > 0)
        {
            var message = $"the required files are missing: {string.Join(", ", expansion.MissingRequired)}.";
            if (!settings.ErrorIgnored)
            {
                throw Failure(message);
            }

            Log.Basic(Name, message);
        }

        return expansion.Paths;
    }

    private async Task<List<string>> ReadFileNamesAsync(CancellationToken cancellationToken)
    {
        var fieldName = Resolve(settings.AcceptField);
        var paths = new List<string>();
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var index = InputRowMeta!.IndexOf(fieldName);
            if (index < 0)
            {
                throw Failure($"the file name field '{fieldName}' is not in the input rows ({InputRowMeta}).");
            }

            var path = ValueConverter.ToText(InputRowMeta[index], row[index]);
            if (!string.IsNullOrEmpty(path))
            {
                paths.Add(Path.GetFullPath(HopPaths.ToLocalPath(path)));
            }
        }

        return paths;
    }

    private ISpreadsheetWorkbook OpenWorkbook(string path)
    {
        var password = PasswordEncoders.DecodeOptionallyEncrypted(Resolve(settings.Password), Variables);
        var isOds = settings.SpreadsheetType.Equals("ODS", StringComparison.OrdinalIgnoreCase);
        if (isOds && !string.IsNullOrEmpty(password))
        {
            throw Failure("reading password-protected files is not supported for the spreadsheet type ODS.");
        }

        if (File.Exists(path) && new FileInfo(path).Length == 0)
        {
            throw Failure($"cannot read the spreadsheet file '{path}': the file is empty.");
        }

        try
        {
            return isOds ? OdsWorkbook.Open(path) : PoiWorkbook.Open(path, password);
        }
        catch (Exception exception) when (exception is not HopException and not OperationCanceledException)
        {
            throw Failure($"cannot read the spreadsheet file '{path}': {exception.Message}", exception);
        }
    }

    /// <summary>Reads every selected sheet of one file; returns false when the row limit is reached.</summary>
    private async Task<bool> ReadWorkbookAsync(string path, CancellationToken cancellationToken)
    {
        if (settings.AddToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        Log.Detailed(Name, $"Opening the file '{path}'.");
        using var workbook = OpenWorkbook(path);
        foreach (var selected in SelectSheets(workbook))
        {
            var sheet = workbook.GetSheet(selected.Name);
            if (sheet is null)
            {
                Log.Detailed(Name, $"The file '{path}' has no sheet '{selected.Name}', so the sheet is skipped.");
                continue;
            }

            if (!await ReadSheetAsync(path, sheet, selected, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private List<ExcelInputSheet> SelectSheets(ISpreadsheetWorkbook workbook)
    {
        if (settings.ReadAllSheets)
        {
            var first = settings.Sheets.Count > 0 ? settings.Sheets[0] : new ExcelInputSheet(string.Empty, 0, 0, false);
            return workbook.SheetNames.Select(name => first with { Name = name }).ToList();
        }

        if (!settings.HasRegexSheets)
        {
            return [.. settings.Sheets];
        }

        var selected = new List<ExcelInputSheet>();
        foreach (var sheet in settings.Sheets)
        {
            if (!sheet.IsRegex)
            {
                selected.Add(sheet);
                continue;
            }

            var pattern = Resolve(sheet.Name);
            Regex regex;
            try
            {
                regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException exception)
            {
                Log.Error(Name, $"The sheet name pattern '{pattern}' is not a valid regular expression: {exception.Message}");
                continue;
            }

            selected.AddRange(workbook.SheetNames.Where(name => regex.IsMatch(name)).Select(name => sheet with { Name = name }));
        }

        return selected;
    }
}
