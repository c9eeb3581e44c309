using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Opening the next output workbook (new, reused or from a template) and closing the workbooks at the end.</summary>
public sealed partial class ExcelWriterTransform
{
    private bool IsXlsx => Resolve(settings.Extension).Equals("xlsx", StringComparison.OrdinalIgnoreCase);

    private void PrepareNextOutputFile(object?[]? row)
    {
        if (sheetName.Length > 31)
        {
            throw Failure($"the sheet name '{sheetName}' is longer than the 31 characters Excel allows.");
        }

        var fieldCount = settings.Fields.Count > 0 ? settings.Fields.Count : inputMeta.Count;
        var splitNr = settings.FileNameInField ? 0 : NextSplitNr();
        var path = FileLocation(row);
        try
        {
            OpenOutputFile(path, splitNr, fieldCount);
        }
        catch (Exception exception) when (exception is not HopException and not OperationCanceledException)
        {
            throw Failure($"cannot open the output file '{path}': {exception.Message}", exception);
        }
    }

    private void OpenOutputFile(string path, int splitNr, int fieldCount)
    {
        // Hop's file system layer (Apache VFS) creates a missing parent folder when the file is written,
        // even with createParentFolder off, so the folder is always created here.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        if (File.Exists(path) && settings.CreateNewFile)
        {
            File.Delete(path);
        }

        if (settings.AddToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        var appendingToSheet = true;
        if (!File.Exists(path))
        {
            CreateFile(path);
            appendingToSheet = false;
        }

        var workbook = Load(path);
        var sheet = SelectSheet(workbook, ref appendingToSheet);
        if (settings.ProtectSheet && sheet is HSSFSheet)
        {
            sheet.ProtectSheet(PasswordEncoders.DecodeOptionallyEncrypted(Resolve(settings.Password), Variables));
        }

        if (startingCell.Length > 0)
        {
            var reference = new CellReference(startingCell);
            startingRow = reference.Row;
            startingColumn = reference.Col;
        }

        var posY = PositionForAppend(sheet, appendingToSheet);
        var startY = startingCell.Length > 0 ? posY : Math.Max(posY, sheet.LastRowNum);
        var baseFileName = settings.FileNameInField ? path : settings.FileName;
        current = new ExcelWriterWorkbook(baseFileName, path, workbook, sheet, startingColumn, startY) { SplitNr = splitNr };
        current.ClearStyleCache(fieldCount);
        usedFiles.Add(current);
        if (settings.HeaderEnabled && !(!settings.CreateNewSheet && settings.AppendOmitHeader && appendingToSheet))
        {
            WriteHeader(current, startingColumn, posY);
        }
    }

    private int PositionForAppend(ISheet sheet, bool appendingToSheet)
    {
        var posY = startingRow;
        var appending = !settings.CreateNewSheet && appendingToSheet;
        if (appending && settings.AppendLines)
        {
            posY = sheet.PhysicalNumberOfRows > 0 ? sheet.LastRowNum + 1 : 0;
        }

        if (appending && settings.AppendOffset != 0)
        {
            posY += settings.AppendOffset;
        }

        if (appending && settings.AppendEmpty > 0)
        {
            for (var i = 0; i < settings.AppendEmpty; i++)
            {
                OpenLine(sheet, posY);
                if (!settings.ShiftExistingCells || settings.AppendLines)
                {
                    posY++;
                }
            }
        }

        return posY;
    }

    private void CreateFile(string path)
    {
        if (!settings.TemplateEnabled)
        {
            var created = IsXlsx ? (IWorkbook)new XSSFWorkbook() : new HSSFWorkbook();
            created.CreateSheet(sheetName);
            Save(created, path);
            created.Close();
            return;
        }

        var template = Path.GetFullPath(HopPaths.ToLocalPath(Resolve(settings.TemplateFileName)));
        var templateExtension = Path.GetExtension(template).TrimStart('.');
        var extension = Resolve(settings.Extension);
        if (!extension.Equals(templateExtension, StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"the template '{template}' has the extension '{templateExtension}' but the output file has '{extension}', and both must have the same format.");
        }

        if (!File.Exists(template))
        {
            throw Failure($"the template file '{template}' does not exist.");
        }

        File.Copy(template, path, overwrite: true);
    }

    private IWorkbook Load(string path)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        return IsXlsx ? new XSSFWorkbook(stream) : new HSSFWorkbook(stream);
    }

    private ISheet SelectSheet(IWorkbook workbook, ref bool appendingToSheet)
    {
        var activeIndex = workbook.ActiveSheetIndex;
        var replacingAt = -1;
        if (workbook.GetSheet(sheetName) is { } existing && settings.CreateNewSheet && appendingToSheet)
        {
            replacingAt = workbook.GetSheetIndex(existing);
            workbook.RemoveSheetAt(replacingAt);
        }

        ISheet sheet;
        if (workbook.GetSheet(sheetName) is { } reused)
        {
            sheet = reused;
        }
        else
        {
            sheet = settings.TemplateSheetEnabled ? CloneTemplateSheet(workbook) : workbook.CreateSheet(sheetName);
            if (replacingAt > -1)
            {
                workbook.SetSheetOrder(sheet.SheetName, replacingAt);
            }

            workbook.SetActiveSheet(activeIndex);
            workbook.SetSelectedTab(activeIndex);
            appendingToSheet = false;
        }

        if (settings.MakeSheetActive)
        {
            var index = workbook.GetSheetIndex(sheet);
            workbook.SetActiveSheet(index);
            workbook.SetSelectedTab(index);
        }

        return sheet;
    }

    private ISheet CloneTemplateSheet(IWorkbook workbook)
    {
        var templateName = Resolve(settings.TemplateSheetName);
        var template = workbook.GetSheet(templateName)
            ?? throw Failure($"the template sheet '{templateName}' is not in the workbook.");
        var sheet = workbook.CloneSheet(workbook.GetSheetIndex(template));
        var index = workbook.GetSheetIndex(sheet);
        workbook.SetSheetName(index, sheetName);
        workbook.SetSheetHidden(index, SheetState.Visible);
        if (settings.TemplateSheetHidden)
        {
            workbook.SetSheetHidden(workbook.GetSheetIndex(template), SheetState.Hidden);
        }

        return sheet;
    }

    private void OpenLine(ISheet sheet, int posY)
    {
        var lastRow = sheet.Workbook is NPOI.HSSF.UserModel.HSSFWorkbook
            ? NPOI.SS.SpreadsheetVersion.EXCEL97.LastRowIndex
            : NPOI.SS.SpreadsheetVersion.EXCEL2007.LastRowIndex;
        if (posY > lastRow)
        {
            throw Failure($"row {posY + 1} does not fit in sheet '{sheet.SheetName}', which has at most {lastRow + 1} rows " +
                "in this file format; write an xlsx file or split the output into several files.");
        }

        if (settings.ShiftExistingCells)
        {
            sheet.ShiftRows(posY, Math.Max(posY, sheet.LastRowNum), 1);
        }
    }

    private static void Save(IWorkbook workbook, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        workbook.Write(stream);
    }

    private void CloseFiles()
    {
        var files = usedFiles.ToList();
        usedFiles.Clear();
        foreach (var file in files)
        {
            CloseFile(file);
        }
    }

    private void DiscardFiles()
    {
        foreach (var file in usedFiles)
        {
            file.Workbook.Close();
        }

        usedFiles.Clear();
    }

    private void CloseFile(ExcelWriterWorkbook file)
    {
        if (settings.FooterEnabled)
        {
            WriteHeader(file, file.PosX, file.PosY);
        }

        if (settings.AutoSizeColumns)
        {
            AutoSizeColumns(file);
        }

        if (settings.ForceFormulaRecalculation)
        {
            RecalculateFormulas(file.Workbook);
        }

        try
        {
            Save(file.Workbook, file.Path);
            file.Workbook.Close();
        }
        catch (IOException exception)
        {
            throw Failure($"cannot write the Excel file '{file.Path}': {exception.Message}", exception);
        }
    }

    private void AutoSizeColumns(ExcelWriterWorkbook file)
    {
        var count = settings.Fields.Count > 0 ? settings.Fields.Count : inputMeta.Count;
        try
        {
            for (var i = 0; i < count; i++)
            {
                file.Sheet.AutoSizeColumn(i + startingColumn);
            }
        }
        catch (Exception exception) when (exception is PlatformNotSupportedException or TypeInitializationException)
        {
            // NOTE: NPOI measures text with System.Drawing, which works on Windows only, so columns keep their width elsewhere.
            Log.Basic(Name, $"The columns of '{file.Path}' are not auto-sized: {exception.Message}");
        }
    }

    private static void RecalculateFormulas(IWorkbook workbook)
    {
        if (workbook is HSSFWorkbook)
        {
            for (var i = 0; i < workbook.NumberOfSheets; i++)
            {
                workbook.GetSheetAt(i).ForceFormulaRecalculation = true;
            }

            return;
        }

        var evaluator = workbook.GetCreationHelper().CreateFormulaEvaluator();
        for (var i = 0; i < workbook.NumberOfSheets; i++)
        {
            foreach (IRow row in workbook.GetSheetAt(i))
            {
                foreach (var cell in row.Cells.Where(c => c.CellType == CellType.Formula))
                {
                    evaluator.EvaluateFormulaCell(cell);
                }
            }
        }
    }
}
