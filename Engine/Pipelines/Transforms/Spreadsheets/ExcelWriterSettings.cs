using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>One column written by the Excel writer: the input field, its title, cell format, styles and extras.</summary>
public sealed record ExcelWriterField(
    string Name,
    string Title,
    string Format,
    bool IsFormula,
    string HyperlinkField,
    string CommentField,
    string CommentAuthorField,
    string TitleStyleCell,
    string StyleCell);

/// <summary>Settings of Microsoft Excel writer (transform type TypeExitExcelWriterTransform), as Hop stores them.</summary>
public sealed class ExcelWriterSettings
{
    public IReadOnlyList<ExcelWriterField> Fields { get; private init; } = [];

    public string FileName { get; private init; } = string.Empty;

    public string Extension { get; private init; } = "xls";

    public bool FileNameInField { get; private init; }

    public string FileNameField { get; private init; } = string.Empty;

    public string Password { get; private init; } = string.Empty;

    public bool ProtectSheet { get; private init; }

    public string SheetName { get; private init; } = "Sheet1";

    public bool DateInFileName { get; private init; }

    public bool TimeInFileName { get; private init; }

    public bool TransformNrInFileName { get; private init; }

    public bool SpecifyFormat { get; private init; }

    public string DateTimeFormat { get; private init; } = string.Empty;

    public bool DoNotOpenNewFileInit { get; private init; }

    public bool AutoSizeColumns { get; private init; }

    public int SplitEvery { get; private init; }

    /// <summary>"new" deletes an existing file first, "reuse" writes into it.</summary>
    public bool CreateNewFile { get; private init; }

    /// <summary>"new" replaces an existing sheet of that name, "reuse" writes into it.</summary>
    public bool CreateNewSheet { get; private init; }

    public bool TemplateEnabled { get; private init; }

    public string TemplateFileName { get; private init; } = string.Empty;

    public bool TemplateSheetEnabled { get; private init; }

    public string TemplateSheetName { get; private init; } = string.Empty;

    public bool TemplateSheetHidden { get; private init; }

    public bool HeaderEnabled { get; private init; }

    public bool FooterEnabled { get; private init; }

    public bool AppendLines { get; private init; }

    public int AppendOffset { get; private init; }

    public int AppendEmpty { get; private init; }

    public bool AppendOmitHeader { get; private init; }

    public string StartingCell { get; private init; } = string.Empty;

    /// <summary>"push" shifts existing rows down to make room, "overwrite" writes over them.</summary>
    public bool ShiftExistingCells { get; private init; }

    public bool MakeSheetActive { get; private init; }

    public bool ForceFormulaRecalculation { get; private init; }

    public bool LeaveExistingStylesUnchanged { get; private init; }

    public bool AddToResult { get; private init; }

    public static ExcelWriterSettings Read(XElement transform)
    {
        var file = transform.Element("file") ?? new XElement("file");
        var template = transform.Element("template") ?? new XElement("template");
        var fields = transform.Element("fields")?.Elements("field").Select(f => new ExcelWriterField(
            f.TagOrEmpty("name"),
            f.TagOrEmpty("title"),
            f.TagOrEmpty("format"),
            f.Flag("formula"),
            f.TagOrEmpty("hyperlinkField"),
            f.TagOrEmpty("commentField"),
            f.TagOrEmpty("commentAuthorField"),
            f.TagOrEmpty("titleStyleCell"),
            f.TagOrEmpty("styleCell"))).ToList() ?? [];
        return new ExcelWriterSettings
        {
            Fields = fields,
            FileName = file.TagOrEmpty("name"),
            Extension = file.Tag("extension") ?? "xls",
            FileNameInField = file.Flag("filename_in_field"),
            FileNameField = file.TagOrEmpty("filename_field"),
            Password = file.TagOrEmpty("password"),
            ProtectSheet = file.Flag("protect_sheet"),
            SheetName = file.Tag("sheetname") ?? "Sheet1",
            DateInFileName = file.Flag("add_date"),
            TimeInFileName = file.Flag("add_time"),
            TransformNrInFileName = file.Flag("split"),
            SpecifyFormat = file.Flag("SpecifyFormat"),
            DateTimeFormat = file.TagOrEmpty("date_time_format"),
            DoNotOpenNewFileInit = file.Flag("do_not_open_newfile_init"),
            AutoSizeColumns = file.Flag("autosizecolums"),
            SplitEvery = file.Int("splitevery"),
            CreateNewFile = file.TagOrEmpty("if_file_exists") == "new",
            CreateNewSheet = file.TagOrEmpty("if_sheet_exists") == "new",
            TemplateEnabled = template.Flag("enabled"),
            TemplateFileName = template.TagOrEmpty("filename"),
            TemplateSheetEnabled = template.Flag("sheet_enabled"),
            TemplateSheetName = template.TagOrEmpty("sheetname"),
            TemplateSheetHidden = template.Flag("hidden"),
            HeaderEnabled = transform.Flag("header"),
            FooterEnabled = transform.Flag("footer"),
            AppendLines = transform.Flag("appendLines"),
            AppendOffset = transform.Int("appendOffset"),
            AppendEmpty = transform.Int("appendEmpty"),
            AppendOmitHeader = transform.Flag("appendOmitHeader"),
            StartingCell = transform.TagOrEmpty("startingCell"),
            ShiftExistingCells = transform.TagOrEmpty("rowWritingMethod") == "push",
            MakeSheetActive = transform.Flag("makeSheetActive"),
            ForceFormulaRecalculation = transform.Flag("forceFormulaRecalculation"),
            LeaveExistingStylesUnchanged = transform.Flag("leaveExistingStylesUnchanged"),
            AddToResult = transform.Flag("add_to_result_filenames"),
        };
    }
}
